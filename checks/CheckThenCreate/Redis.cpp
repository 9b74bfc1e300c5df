//===--- Redis.cpp - Redis commands in distsys-check-then-create ----------===//
//
// The Redis family: the tokens of a command sent through hiredis (a format string and its
// variadic arguments, or an argv array), the key they name, and the check or create (EXISTS, GET,
// SET without NX...) the command is read as.
//
//===----------------------------------------------------------------------===//
#include "CheckThenCreateAnalysis.h"
#include "utils/Calls.h"

namespace clang::tidy::distsys::check_then_create {
namespace {

/// Splits a hiredis format string into tokens, assigning the variadic arguments to them.
std::optional<std::vector<RedisToken>> redisFormatTokens(llvm::StringRef Format,
                                                         llvm::ArrayRef<const Expr *> Args) {
  std::vector<RedisToken> Tokens;
  size_t NextArg = 0;
  bool InToken = false;
  for (size_t I = 0; I < Format.size(); ++I) {
    char C = Format[I];
    if (C == ' ') {
      InToken = false;
      continue;
    }
    if (!InToken) {
      Tokens.emplace_back();
      InToken = true;
    }
    RedisToken &Token = Tokens.back();
    Token.Pattern += C;
    if (C != '%' || I + 1 >= Format.size())
      continue;
    char Next = Format[++I];
    Token.Pattern += Next;
    if (Next == '%')
      continue;
    unsigned Consumed = Next == 'b' ? 2 : 1;
    if (Next != 's' && Next != 'b') {
      // A printf conversion: skip flags, width, precision and length up to the conversion.
      while (I < Format.size() && !llvm::StringRef("diouxXeEfFgGaAcp").contains(Format[I]))
        Token.Pattern += Format[++I];
    }
    for (unsigned K = 0; K < Consumed; ++K) {
      if (NextArg >= Args.size())
        return std::nullopt;
      Token.Args.push_back(Args[NextArg++]);
    }
  }
  return Tokens;
}

} // namespace

std::optional<std::string> RedisToken::literal() const {
  if (Args.empty())
    return Pattern;
  if (Pattern == "%s" && Args.size() == 1)
    return stringValue(Args[0]);
  return std::nullopt;
}

std::optional<std::string> RedisToken::key(const ASTContext &Context) const {
  if (Args.empty())
    return "s:" + Pattern;
  if (Pattern == "%s" || Pattern == "%b")
    return keyOf(Args[0], Context);
  std::vector<std::string> Parts{"t:" + Pattern};
  for (size_t I = 0; I < Args.size(); ++I) {
    if (Pattern.find("%b") != std::string::npos && I % 2)
      continue; // a %b length
    auto Part = keyOf(Args[I], Context);
    if (!Part)
      return std::nullopt;
    Parts.push_back(*Part);
  }
  return join(Parts);
}

std::optional<std::vector<RedisToken>> Analysis::redisTokens(const CommandFunction &Fn,
                                                             const Expr *E) const {
  const auto *Call = dyn_cast<CallExpr>(E);
  if (!Call)
    return std::nullopt;
  if (Fn.FormatArg >= 0) {
    auto Format = stringValue(argumentAt(E, Fn.FormatArg));
    if (!Format)
      return std::nullopt;
    llvm::SmallVector<const Expr *, 8> Args;
    for (unsigned I = Fn.FormatArg + 1; I < Call->getNumArgs(); ++I)
      Args.push_back(Call->getArg(I));
    return redisFormatTokens(*Format, Args);
  }
  // argv form: a local array initialised with the command's words.
  const Expr *Argv = argumentAt(E, Fn.ArgvArg);
  const auto *Ref = Argv ? dyn_cast<DeclRefExpr>(Argv->IgnoreParenImpCasts()) : nullptr;
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  const auto *Init = Var ? dyn_cast_or_null<InitListExpr>(Var->getInit()) : nullptr;
  if (!Init)
    return std::nullopt;
  std::vector<RedisToken> Tokens;
  for (const Expr *Element : Init->inits()) {
    RedisToken Token;
    if (auto Literal = stringValue(Element); Literal && !llvm::StringRef(*Literal).contains(' '))
      Token.Pattern = *Literal;
    else
      Token = {"%s", {Element}};
    Tokens.push_back(std::move(Token));
  }
  return Tokens;
}

std::optional<Operation> Analysis::classifyRedis(const Family &F, const Expr *E,
                                                 const FunctionDecl &Callee,
                                                 bool WantCreate) const {
  const CommandFunction *Fn = commandFunction(F, Callee);
  if (!Fn)
    return std::nullopt;
  auto Tokens = redisTokens(*Fn, E);
  if (!Tokens || Tokens->empty())
    return std::nullopt;
  auto Command = (*Tokens)[0].literal();
  if (!Command)
    return std::nullopt;
  std::string Upper = llvm::StringRef(*Command).upper();
  for (const RedisCommand &Model : WantCreate ? F.CreateCommands : F.CheckCommands) {
    if (Model.Command != Upper || Tokens->size() <= Model.KeyTokens)
      continue;
    Operation Op;
    Op.Name = Model.Command;
    Op.Resource = Model.Resource;
    Op.Safe = Model.Safe;
    Op.ReadModifyWrite = Model.ReadModifyWrite;
    Op.ReadsValue = Model.ReadsValue;
    std::vector<std::string> Parts;
    for (unsigned I = 1; I <= Model.KeyTokens; ++I) {
      auto Part = (*Tokens)[I].key(Context);
      if (!Part)
        break;
      Parts.push_back(*Part);
    }
    if (Parts.size() == Model.KeyTokens)
      Op.Key = join(Parts);
    for (unsigned I = Model.KeyTokens + 1; I < Tokens->size(); ++I) {
      const RedisToken &Token = (*Tokens)[I];
      Op.ValueArgs.insert(Op.ValueArgs.end(), Token.Args.begin(), Token.Args.end());
      auto Literal = Token.literal();
      if (Literal && llvm::is_contained(Model.AtomicTokens, llvm::StringRef(*Literal).upper()))
        Op.Atomic = true;
      // An option we cannot read might be NX: precision first.
      if (!Literal && Model.OptionsFrom && I >= Model.OptionsFrom)
        Op.Atomic = true;
    }
    return Op;
  }
  return std::nullopt;
}

} // namespace clang::tidy::distsys::check_then_create
