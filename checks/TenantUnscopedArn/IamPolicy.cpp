//===--- IamPolicy.cpp ----------------------------------------------------===//
#include "IamPolicy.h"
#include "utils/ModelJson.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"

namespace distlint::iam {
using clang::tidy::distsys::compileRegex;
using clang::tidy::distsys::modelError;
using nlohmann::json;

//===--- Values -----------------------------------------------------------===//

std::string Value::display() const {
  std::string Out;
  for (const Piece &P : Pieces)
    Out += P.Dynamic ? "<" + P.Text + ">" : P.Text;
  return Out;
}

std::string UnscopedGrant::message() const {
  return "policy allows '" + Action + "' on '" + Resource + "' to every tenant; " + Missing;
}

//===--- Models -----------------------------------------------------------===//

namespace {

llvm::Expected<std::shared_ptr<llvm::Regex>> regexField(const json &Obj, const char *Field) {
  return compileRegex(Obj.value(Field, std::string()), Field, /*IgnoreCase=*/true);
}

} // namespace

llvm::Expected<std::shared_ptr<const PolicyModels>> PolicyModels::parse(const json &Models) {
  auto M = std::make_shared<PolicyModels>();
  try {
    for (const json &S : Models.value("services", json::array())) {
      ServiceModel Service;
      Service.Service = S.value("service", std::string());
      if (Service.Service.empty())
        return modelError("a service model has no 'service'");
      Service.DataActions = S.value("dataActions", std::vector<std::string>());
      auto Key = regexField(S, "keyPart");
      if (!Key)
        return Key.takeError();
      Service.KeyPart = *Key;
      Service.Missing = S.value("missing", std::string("scope it to the caller's tenant"));
      M->Services.push_back(std::move(Service));
    }
    M->WildcardMissing = Models.value("wildcardMissing", std::string("name tenant resources"));
    struct {
      const char *Field;
      std::shared_ptr<llvm::Regex> *Into;
    } Regexes[] = {{"tenantNames", &M->TenantNames},
                   {"principalVariables", &M->PrincipalVariables},
                   {"tenantConditionKeys", &M->TenantConditionKeys},
                   {"testAssertionMacros", &M->TestAssertionMacros}};
    for (auto &R : Regexes) {
      auto Parsed = regexField(Models, R.Field);
      if (!Parsed)
        return Parsed.takeError();
      *R.Into = *Parsed;
    }
    json Builders = Models.value("builders", json::object());
    M->JsonValueClasses = Builders.value("jsonValueClasses", std::vector<std::string>());
    M->NlohmannClass = Builders.value("nlohmannClass", std::string());
    M->JsonValueSetters = Builders.value("jsonValueSetters", std::vector<std::string>());
  } catch (const json::exception &E) {
    return modelError(std::string("malformed model: ") + E.what());
  }
  return M;
}

//===--- Evaluation -------------------------------------------------------===//

namespace {

/// IAM's action and resource matching: '*' any run, '?' one character, case-insensitive.
bool globMatches(llvm::StringRef Pattern, llvm::StringRef Text) {
  size_t P = 0, T = 0, StarP = llvm::StringRef::npos, StarT = 0;
  while (T < Text.size()) {
    if (P < Pattern.size() &&
        (Pattern[P] == '?' || llvm::toLower(Pattern[P]) == llvm::toLower(Text[T]))) {
      ++P, ++T;
    } else if (P < Pattern.size() && Pattern[P] == '*') {
      StarP = P++, StarT = T;
    } else if (StarP != llvm::StringRef::npos) {
      P = StarP + 1, T = ++StarT;
    } else {
      return false;
    }
  }
  while (P < Pattern.size() && Pattern[P] == '*')
    ++P;
  return P == Pattern.size();
}

enum class Scope { None, Tenant, Unknown };

/// Placeholders in literal text: ${name} (policy variables, templates), {name} (format strings),
/// <name>. Anonymous ones ({}, {0}, %s) may hold anything, so they make the scope unknown.
Scope placeholderScope(llvm::StringRef Text, const PolicyModels &M) {
  Scope Result = Scope::None;
  for (size_t I = 0; I < Text.size(); ++I) {
    if (Text[I] == '%' && I + 1 < Text.size() && llvm::StringRef("sdu").contains(Text[I + 1]))
      Result = Scope::Unknown;
    char Open = Text[I];
    char Close = Open == '{' ? '}' : Open == '<' ? '>' : '\0';
    if (!Close)
      continue;
    size_t End = Text.find(Close, I + 1);
    if (End == llvm::StringRef::npos)
      continue;
    llvm::StringRef Name = Text.slice(I + 1, End).trim();
    if ((M.PrincipalVariables && M.PrincipalVariables->match(Name)) ||
        (M.TenantNames && M.TenantNames->match(Name)))
      return Scope::Tenant;
    if (Open == '{' && (Name.empty() || llvm::all_of(Name, llvm::isDigit)))
      Result = Scope::Unknown;
    I = End;
  }
  return Result;
}

Scope pathScope(const Value &V, const PolicyModels &M) {
  Scope Result = Scope::None;
  for (const Piece &P : V.Pieces) {
    Scope S = P.Dynamic
                  ? (M.TenantNames && M.TenantNames->match(P.Text) ? Scope::Tenant : Scope::None)
                  : placeholderScope(P.Text, M);
    if (S == Scope::Tenant)
      return S;
    if (S == Scope::Unknown)
      Result = S;
  }
  return Result;
}

bool conditionScopesTenant(const Statement &S, const PolicyModels &M) {
  for (const Value &V : S.ConditionStrings) {
    std::string Flat;
    for (const Piece &P : V.Pieces)
      Flat += P.Text;
    if (M.TenantConditionKeys && M.TenantConditionKeys->match(Flat))
      return true;
    if (pathScope(V, M) != Scope::None)
      return true;
  }
  return false;
}

constexpr char Hole = '\x1a';

/// The first statement action that grants one of \p DataActions.
std::optional<std::string> grantingAction(const Statement &S,
                                          const std::vector<std::string> &DataActions) {
  for (const std::string &Action : S.Actions)
    for (const std::string &Data : DataActions)
      if (globMatches(Action, Data))
        return Action;
  return std::nullopt;
}

bool onlyWildcards(llvm::StringRef Key) {
  return !Key.empty() && Key.find_first_not_of("*?/") == llvm::StringRef::npos && Key.contains('*');
}

} // namespace

std::vector<UnscopedGrant> unscopedGrants(const Statement &S, const PolicyModels &M) {
  std::vector<UnscopedGrant> Out;
  if (!S.Effect || !llvm::StringRef(*S.Effect).equals_insensitive("Allow") || S.HasNotAction ||
      S.HasNotResource || S.ActionsUnknown || S.Actions.empty())
    return Out;
  if (S.HasCondition && (S.ConditionStrings.empty() || conditionScopesTenant(S, M)))
    return Out;

  for (size_t I = 0; I < S.Resources.size(); ++I) {
    const Value &R = S.Resources[I];
    if (pathScope(R, M) != Scope::None)
      continue;
    // Run-time parts become one marker character, so the ARN can be split on ':'.
    std::string Flat;
    for (const Piece &P : R.Pieces)
      Flat += P.Dynamic ? std::string(1, Hole) : P.Text;
    llvm::StringRef Text = llvm::StringRef(Flat).trim();

    if (Text == "*") {
      for (const ServiceModel &Service : M.Services)
        if (auto Action = grantingAction(S, Service.DataActions)) {
          Out.push_back({I, *Action, R.display(), M.WildcardMissing});
          break;
        }
      continue;
    }

    // arn:partition:service:region:account:resource, or <run-time ARN> followed by a suffix.
    const ServiceModel *Service = nullptr;
    llvm::StringRef ResourcePart;
    if (Text.starts_with("arn:")) {
      llvm::SmallVector<llvm::StringRef, 6> Fields;
      Text.split(Fields, ':', /*MaxSplit=*/5);
      if (Fields.size() < 6)
        continue;
      for (const ServiceModel &Each : M.Services)
        if (Fields[2] == Each.Service)
          Service = &Each;
      ResourcePart = Fields[5];
    } else if (Text.starts_with(std::string(1, Hole))) {
      // bucketArn + "/*": the service is the one whose data actions the statement grants.
      for (const ServiceModel &Each : M.Services)
        if (grantingAction(S, Each.DataActions)) {
          if (Service) {
            Service = nullptr;
            break;
          }
          Service = &Each;
        }
      ResourcePart = Text;
    }
    if (!Service)
      continue;
    auto Action = grantingAction(S, Service->DataActions);
    if (!Action)
      continue;
    if (onlyWildcards(ResourcePart)) {
      // arn:aws:s3:::* names every object of every bucket.
    } else if (Service->KeyPart) {
      llvm::SmallVector<llvm::StringRef, 2> Groups;
      if (!Service->KeyPart->match(ResourcePart, &Groups) || Groups.size() < 2 ||
          !onlyWildcards(Groups[1]))
        continue;
    }
    Out.push_back({I, *Action, R.display(), Service->Missing});
  }
  return Out;
}

//===--- JSON reader ------------------------------------------------------===//

const JsonNode *JsonNode::get(llvm::StringRef Key) const {
  for (const auto &[Name, Node] : Members)
    if (Name == Key)
      return &Node;
  return nullptr;
}

namespace {

class Reader {
public:
  Reader(llvm::StringRef Text, char HoleMarker, JsonError &Error)
      : Text(Text), HoleMarker(HoleMarker), Error(Error) {}

  std::optional<JsonNode> document() {
    if (Text.starts_with("\xEF\xBB\xBF"))
      Pos = 3;
    JsonNode Root;
    if (!value(Root, 0))
      return std::nullopt;
    skipSpace();
    if (Pos != Text.size())
      return fail("unexpected text after the JSON value");
    return Root;
  }

private:
  std::nullopt_t fail(const std::string &Message) {
    if (Error.Message.empty()) {
      Error.Offset = Pos;
      Error.Message = Message;
    }
    return std::nullopt;
  }

  void skipSpace() {
    while (Pos < Text.size() && llvm::StringRef(" \t\r\n").contains(Text[Pos]))
      ++Pos;
  }

  bool value(JsonNode &Node, unsigned Depth) {
    // Bounds the recursion; the text is valid JSON, so this is not reported as a syntax error.
    if (Depth > MaxDepth) {
      fail("nested deeper than " + std::to_string(MaxDepth) + " levels");
      Error.Unsupported = true;
      return false;
    }
    skipSpace();
    if (Pos >= Text.size())
      return (fail("unexpected end of text, expected a value"), false);
    Node.Begin = Pos;
    char C = Text[Pos];
    bool Ok;
    if (C == '{')
      Ok = object(Node, Depth);
    else if (C == '[')
      Ok = array(Node, Depth);
    else if (C == '"')
      Ok = (Node.K = JsonNode::String, string(Node.Str));
    else
      Ok = scalar(Node);
    Node.End = Pos;
    return Ok;
  }

  bool object(JsonNode &Node, unsigned Depth) {
    Node.K = JsonNode::Object;
    ++Pos;
    skipSpace();
    if (Pos < Text.size() && Text[Pos] == '}')
      return ++Pos, true;
    while (true) {
      skipSpace();
      if (Pos >= Text.size() || Text[Pos] != '"')
        return (fail("expected a string as object key"), false);
      JsonNode Member;
      Member.KeyBegin = Pos;
      std::string Key;
      if (!string(Key))
        return false;
      skipSpace();
      if (Pos >= Text.size() || Text[Pos] != ':')
        return (fail("expected ':' after object key"), false);
      ++Pos;
      if (!value(Member, Depth + 1))
        return false;
      Node.Members.emplace_back(std::move(Key), std::move(Member));
      skipSpace();
      if (Pos < Text.size() && Text[Pos] == ',') {
        ++Pos;
        continue;
      }
      if (Pos < Text.size() && Text[Pos] == '}')
        return ++Pos, true;
      return (fail("expected ',' or '}' in object"), false);
    }
  }

  bool array(JsonNode &Node, unsigned Depth) {
    Node.K = JsonNode::Array;
    ++Pos;
    skipSpace();
    if (Pos < Text.size() && Text[Pos] == ']')
      return ++Pos, true;
    while (true) {
      JsonNode Item;
      if (!value(Item, Depth + 1))
        return false;
      Node.Items.push_back(std::move(Item));
      skipSpace();
      if (Pos < Text.size() && Text[Pos] == ',') {
        ++Pos;
        continue;
      }
      if (Pos < Text.size() && Text[Pos] == ']')
        return ++Pos, true;
      return (fail("expected ',' or ']' in array"), false);
    }
  }

  bool hex4(unsigned &Out) {
    if (Pos + 4 > Text.size())
      return false;
    Out = 0;
    for (int I = 0; I < 4; ++I) {
      char C = Text[Pos++];
      unsigned D = llvm::hexDigitValue(C);
      if (D == ~0u)
        return false;
      Out = Out * 16 + D;
    }
    return true;
  }

  bool string(std::string &Out) {
    ++Pos; // opening quote
    while (Pos < Text.size()) {
      char C = Text[Pos];
      if (C == '"')
        return ++Pos, true;
      if (C == HoleMarker && HoleMarker) {
        Out += C, ++Pos;
        continue;
      }
      if (static_cast<unsigned char>(C) < 0x20)
        return (fail("control character in string"), false);
      if (C != '\\') {
        Out += C, ++Pos;
        continue;
      }
      if (++Pos >= Text.size())
        break;
      char E = Text[Pos++];
      switch (E) {
      case '"':
        Out += '"';
        break;
      case '\\':
        Out += '\\';
        break;
      case '/':
        Out += '/';
        break;
      case 'b':
        Out += '\b';
        break;
      case 'f':
        Out += '\f';
        break;
      case 'n':
        Out += '\n';
        break;
      case 'r':
        Out += '\r';
        break;
      case 't':
        Out += '\t';
        break;
      case 'u': {
        unsigned Code;
        if (!hex4(Code))
          return (fail("invalid \\u escape"), false);
        if (Code >= 0xD800 && Code < 0xDC00) {
          unsigned Low;
          if (!Text.substr(Pos).starts_with("\\u") || (Pos += 2, !hex4(Low)) || Low < 0xDC00 ||
              Low > 0xDFFF)
            return (fail("invalid surrogate pair"), false);
          Code = 0x10000 + ((Code - 0xD800) << 10) + (Low - 0xDC00);
        } else if (Code >= 0xDC00 && Code < 0xE000) {
          return (fail("invalid surrogate pair"), false);
        }
        char Buffer[8];
        char *Ptr = Buffer;
        llvm::ConvertCodePointToUTF8(Code, Ptr);
        Out.append(Buffer, Ptr);
        break;
      }
      default:
        Pos -= 2; // at the backslash
        return (fail(std::string("invalid escape '\\") + E + "'"), false);
      }
    }
    return (fail("unterminated string"), false);
  }

  bool scalar(JsonNode &Node) {
    for (auto [Word, Kind] :
         {std::pair{"true", JsonNode::Bool}, {"false", JsonNode::Bool}, {"null", JsonNode::Null}})
      if (Text.substr(Pos).starts_with(Word)) {
        Node.K = Kind;
        Node.Str = Word;
        Pos += llvm::StringRef(Word).size();
        return true;
      }
    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    size_t Start = Pos;
    auto Digits = [&] {
      size_t From = Pos;
      while (Pos < Text.size() && llvm::isDigit(Text[Pos]))
        ++Pos;
      return Pos > From;
    };
    if (Pos < Text.size() && Text[Pos] == '-')
      ++Pos;
    if (Pos < Text.size() && Text[Pos] == '0')
      ++Pos;
    else if (!Digits())
      return (Pos = Start, fail("expected a value"), false);
    if (Pos < Text.size() && Text[Pos] == '.' && (++Pos, !Digits()))
      return (fail("expected digits after '.'"), false);
    if (Pos < Text.size() && (Text[Pos] == 'e' || Text[Pos] == 'E')) {
      ++Pos;
      if (Pos < Text.size() && (Text[Pos] == '+' || Text[Pos] == '-'))
        ++Pos;
      if (!Digits())
        return (fail("expected digits in exponent"), false);
    }
    Node.K = JsonNode::Number;
    Node.Str = Text.slice(Start, Pos).str();
    return true;
  }

  static constexpr unsigned MaxDepth = 256;
  llvm::StringRef Text;
  char HoleMarker;
  JsonError &Error;
  size_t Pos = 0;
};

} // namespace

std::optional<JsonNode> parseJson(llvm::StringRef Text, JsonError &Error, char HoleMarker) {
  return Reader(Text, HoleMarker, Error).document();
}

std::pair<unsigned, unsigned> lineColumn(llvm::StringRef Text, size_t Offset) {
  Offset = std::min(Offset, Text.size());
  llvm::StringRef Before = Text.take_front(Offset);
  unsigned Line = 1 + Before.count('\n');
  size_t LineStart = Before.rfind('\n');
  LineStart = LineStart == llvm::StringRef::npos ? 0 : LineStart + 1;
  return {Line, static_cast<unsigned>(Offset - LineStart + 1)};
}

//===--- Policy documents in JSON ------------------------------------------===//

namespace {

struct Converter {
  static constexpr unsigned MaxSearchDepth = 64, MaxJoinDepth = 8;
  char HoleMarker;
  const std::vector<std::string> &HoleNames;
  JsonError *Unanalysed;

  void unanalysed(size_t Offset, std::string Message) const {
    if (Unanalysed && Unanalysed->Message.empty())
      *Unanalysed = {Offset, std::move(Message), /*Unsupported=*/true};
  }

  /// A string with holes ("\x1a3\x1a") split into pieces.
  Value fromString(const std::string &S) const {
    Value V;
    llvm::StringRef Rest = S;
    while (!Rest.empty()) {
      size_t Open = HoleMarker ? Rest.find(HoleMarker) : llvm::StringRef::npos;
      size_t Close = Open == llvm::StringRef::npos ? Open : Rest.find(HoleMarker, Open + 1);
      unsigned Index;
      if (Close == llvm::StringRef::npos || Rest.slice(Open + 1, Close).getAsInteger(10, Index)) {
        V.Pieces.push_back({false, Rest.str()});
        break;
      }
      if (Open)
        V.Pieces.push_back({false, Rest.take_front(Open).str()});
      V.Pieces.push_back({true, Index < HoleNames.size() ? HoleNames[Index] : "value"});
      Rest = Rest.drop_front(Close + 1);
    }
    return V;
  }

  /// CloudFormation intrinsics as run-time parts; Fn::Join and Fn::Sub keep their literal text.
  std::optional<Value> fromNode(const JsonNode &N, unsigned Depth = 0) const {
    if (N.K == JsonNode::String)
      return fromString(N.Str);
    if (N.K != JsonNode::Object || N.Members.size() != 1)
      return std::nullopt;
    if (Depth > MaxJoinDepth) {
      unanalysed(N.Begin, "Fn::Join nested deeper than " + std::to_string(MaxJoinDepth) +
                              " levels in a resource");
      return std::nullopt;
    }
    const auto &[Fn, Arg] = N.Members.front();
    if (Fn == "Ref" && Arg.K == JsonNode::String)
      return Value{{{true, Arg.Str}}};
    if (Fn == "Fn::GetAtt") {
      std::string Name;
      if (Arg.K == JsonNode::String)
        Name = Arg.Str;
      for (const JsonNode &Part : Arg.Items)
        if (Part.K == JsonNode::String)
          Name += (Name.empty() ? "" : ".") + Part.Str;
      return Value{{{true, Name.empty() ? "GetAtt" : Name}}};
    }
    if (Fn == "Fn::ImportValue")
      return Value{{{true, "ImportValue"}}};
    if (Fn == "Fn::Sub") {
      const JsonNode *Template =
          Arg.K == JsonNode::Array && !Arg.Items.empty() ? &Arg.Items[0] : &Arg;
      if (Template->K != JsonNode::String)
        return std::nullopt;
      // ${Name} is a CloudFormation value, ${!Name} a literal "${Name}" (a policy variable).
      Value V;
      llvm::StringRef Rest = Template->Str;
      while (!Rest.empty()) {
        size_t Open = Rest.find("${");
        size_t Close = Open == llvm::StringRef::npos ? Open : Rest.find('}', Open);
        if (Close == llvm::StringRef::npos) {
          V.Pieces.push_back({false, Rest.str()});
          break;
        }
        llvm::StringRef Name = Rest.slice(Open + 2, Close);
        std::string Before = Rest.take_front(Open).str();
        if (Name.starts_with("!"))
          V.Pieces.push_back({false, Before + "${" + Name.drop_front().str() + "}"});
        else {
          if (!Before.empty())
            V.Pieces.push_back({false, Before});
          V.Pieces.push_back({true, Name.str()});
        }
        Rest = Rest.drop_front(Close + 1);
      }
      return V;
    }
    if (Fn == "Fn::Join" && Arg.K == JsonNode::Array && Arg.Items.size() == 2 &&
        Arg.Items[0].K == JsonNode::String && Arg.Items[1].K == JsonNode::Array) {
      Value V;
      bool First = true;
      for (const JsonNode &Part : Arg.Items[1].Items) {
        if (!First && !Arg.Items[0].Str.empty())
          V.Pieces.push_back({false, Arg.Items[0].Str});
        First = false;
        auto P = fromNode(Part, Depth + 1);
        if (!P)
          return std::nullopt;
        V.Pieces.insert(V.Pieces.end(), P->Pieces.begin(), P->Pieces.end());
      }
      return V;
    }
    return Value{{{true, Fn}}};
  }

  void strings(const JsonNode &N, std::vector<Value> &Out) const {
    if (N.K == JsonNode::String)
      Out.push_back(fromString(N.Str));
    for (const auto &[Key, Member] : N.Members) {
      Out.push_back(fromString(Key));
      strings(Member, Out);
    }
    for (const JsonNode &Item : N.Items)
      strings(Item, Out);
  }

  JsonStatement statement(const JsonNode &N) const {
    JsonStatement J;
    Statement &S = J.S;
    if (const JsonNode *Effect = N.get("Effect"); Effect && Effect->K == JsonNode::String) {
      Value V = fromString(Effect->Str);
      if (V.Pieces.size() == 1 && !V.Pieces[0].Dynamic)
        S.Effect = V.Pieces[0].Text;
    }
    S.HasNotAction = N.get("NotAction");
    S.HasNotResource = N.get("NotResource");
    if (const JsonNode *Action = N.get("Action")) {
      std::vector<const JsonNode *> Items;
      if (Action->K == JsonNode::Array)
        for (const JsonNode &I : Action->Items)
          Items.push_back(&I);
      else
        Items.push_back(Action);
      for (const JsonNode *I : Items) {
        Value V = I->K == JsonNode::String ? fromString(I->Str) : Value{};
        if (V.Pieces.size() != 1 || V.Pieces[0].Dynamic)
          S.ActionsUnknown = true;
        else
          S.Actions.push_back(V.Pieces[0].Text);
      }
    }
    if (const JsonNode *Resource = N.get("Resource")) {
      std::vector<const JsonNode *> Items;
      if (Resource->K == JsonNode::Array)
        for (const JsonNode &I : Resource->Items)
          Items.push_back(&I);
      else
        Items.push_back(Resource);
      for (const JsonNode *I : Items)
        if (auto V = fromNode(*I)) {
          S.Resources.push_back(std::move(*V));
          J.ResourceNodes.push_back(I);
        }
    }
    if (const JsonNode *Condition = N.get("Condition")) {
      S.HasCondition = true;
      strings(*Condition, S.ConditionStrings);
      if (S.ConditionStrings.empty() && Condition->K == JsonNode::Object &&
          Condition->Members.empty())
        S.HasCondition = false; // "Condition": {} narrows nothing
    }
    return J;
  }

  /// A key repeated in \p N or below. JsonNode::get takes the first value, most JSON readers the
  /// last; which one AWS applies is not ours to guess.
  void duplicateKeys(const JsonNode &N) const {
    for (size_t I = 0; I < N.Members.size(); ++I) {
      const auto &[Key, Member] = N.Members[I];
      if (llvm::any_of(llvm::ArrayRef(N.Members).take_front(I),
                       [&](const auto &Earlier) { return Earlier.first == Key; }))
        return unanalysed(Member.KeyBegin, "duplicate key '" + Key + "' in a policy document");
      duplicateKeys(Member);
    }
    for (const JsonNode &Item : N.Items)
      duplicateKeys(Item);
  }

  void walk(const JsonNode &N, std::vector<JsonStatement> &Out, unsigned Depth) const {
    if (N.K != JsonNode::Object && N.K != JsonNode::Array)
      return;
    if (Depth > MaxSearchDepth)
      return unanalysed(N.Begin, "nested deeper than " + std::to_string(MaxSearchDepth) +
                                     " levels, not searched for policies");
    if (const JsonNode *Statements = N.get("Statement")) {
      duplicateKeys(N);
      std::vector<const JsonNode *> Items;
      if (Statements->K == JsonNode::Array)
        for (const JsonNode &I : Statements->Items)
          Items.push_back(&I);
      else
        Items.push_back(Statements);
      for (const JsonNode *I : Items)
        if (I->K == JsonNode::Object && I->get("Effect"))
          Out.push_back(statement(*I));
      return;
    }
    for (const auto &Member : N.Members)
      walk(Member.second, Out, Depth + 1);
    for (const JsonNode &Item : N.Items)
      walk(Item, Out, Depth + 1);
  }
};

} // namespace

std::vector<JsonStatement> policyStatements(const JsonNode &Root, char HoleMarker,
                                            const std::vector<std::string> &HoleNames,
                                            JsonError *Unanalysed) {
  std::vector<JsonStatement> Out;
  Converter{HoleMarker, HoleNames, Unanalysed}.walk(Root, Out, 0);
  return Out;
}

} // namespace distlint::iam
