//===--- RuleCatalog.cpp --------------------------------------------------===//
#include "RuleCatalog.h"
#include "ModelJson.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <map>
#include <memory>
#include <mutex>

namespace distlint {
using nlohmann::json;

namespace {

llvm::Error fieldError(llvm::StringRef Path, llvm::StringRef Field, llvm::StringRef What) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s: field '%s' %s",
                                 Path.str().c_str(), Field.str().c_str(), What.str().c_str());
}

llvm::Expected<std::string> requiredString(const json &Obj, llvm::StringRef Path,
                                           const char *Field) {
  auto It = Obj.find(Field);
  if (It == Obj.end() || !It->is_string() || It->get<std::string>().empty())
    return fieldError(Path, Field, "must be a non-empty string");
  return It->get<std::string>();
}

llvm::Expected<Rule> parseRule(const EmbeddedRuleFile &File) {
  json Doc = json::parse(File.Text, nullptr, /*allow_exceptions=*/false);
  if (Doc.is_discarded() || !Doc.is_object())
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s: not a JSON object",
                                   File.Path);
  Rule R;
  struct {
    const char *Field;
    std::string *Into;
  } Strings[] = {{"id", &R.Id},
                 {"name", &R.Name},
                 {"summary", &R.Summary},
                 {"description", &R.Description},
                 {"fix", &R.Fix},
                 {"help", &R.HelpMarkdown},
                 {"level", &R.Level},
                 {"precision", &R.Precision},
                 {"maturity", &R.Maturity}};
  for (auto &S : Strings) {
    auto Value = requiredString(Doc, File.Path, S.Field);
    if (!Value)
      return Value.takeError();
    *S.Into = std::move(*Value);
  }
  if (!llvm::is_contained({"error", "warning", "note"}, R.Level))
    return fieldError(File.Path, "level", "must be error, warning or note");
  auto Tags = Doc.find("tags");
  if (Tags == Doc.end() || !Tags->is_array())
    return fieldError(File.Path, "tags", "must be an array of strings");
  for (const json &Tag : *Tags) {
    if (!Tag.is_string())
      return fieldError(File.Path, "tags", "must be an array of strings");
    R.Tags.push_back(Tag.get<std::string>());
  }
  if (auto Sev = Doc.find("securitySeverity"); Sev != Doc.end()) {
    if (!Sev->is_string())
      return fieldError(File.Path, "securitySeverity", "must be a string like \"7.5\"");
    R.SecuritySeverity = Sev->get<std::string>();
  }
  if (auto Options = Doc.find("options"); Options != Doc.end()) {
    if (!Options->is_array())
      return fieldError(File.Path, "options", "must be an array");
    for (const json &O : *Options) {
      if (!O.is_object() || !O.contains("name") || !O.contains("default") ||
          !O.contains("description"))
        return fieldError(File.Path, "options", "entries need name, default and description");
      R.Options.push_back({O["name"].get<std::string>(), O["default"].get<std::string>(),
                           O["description"].get<std::string>()});
    }
  }
  R.Models = Doc.value("models", json::object());
  return R;
}

/// The fields that name an API family in a model array ("families", "handles", "services"...).
constexpr const char *FamilyKeys[] = {"family", "api", "service"};

/// The family \p Entry names, as "field 'value'", or "" when it names none.
std::string familyOf(const json &Entry) {
  if (Entry.is_object())
    for (const char *Key : FamilyKeys)
      if (auto It = Entry.find(Key); It != Entry.end() && It->is_string())
        return std::string(Key) + " '" + It->get<std::string>() + "'";
  return "";
}

} // namespace

std::string findUpwards(llvm::StringRef Name, llvm::StringRef SearchFrom) {
  if (llvm::sys::path::is_absolute(Name) || SearchFrom.empty())
    return Name.str();
  llvm::SmallString<256> Dir(SearchFrom);
  llvm::sys::fs::make_absolute(Dir);
  for (llvm::StringRef D = Dir; !D.empty(); D = llvm::sys::path::parent_path(D)) {
    llvm::SmallString<256> Candidate(D);
    llvm::sys::path::append(Candidate, Name);
    if (llvm::sys::fs::exists(Candidate))
      return std::string(Candidate);
  }
  return Name.str();
}

/// Appends arrays, merges objects, lets later scalars win. An array entry naming a family the
/// array already has must say "replaces": true, and then replaces it: a user model that redefined
/// a built-in family (S3 without its data actions) used to shadow it silently.
llvm::Error mergeModels(json &Into, const json &Extra, const std::string &Where) {
  for (auto It = Extra.begin(); It != Extra.end(); ++It) {
    json &Slot = Into[It.key()];
    if (Slot.is_array() && It->is_array()) {
      for (const json &Entry : *It) {
        std::string Family = familyOf(Entry);
        auto Same = Family.empty() ? Slot.end() : llvm::find_if(Slot, [&](const json &Old) {
          return familyOf(Old) == Family;
        });
        if (Same == Slot.end()) {
          Slot.push_back(Entry);
        } else if (Entry.value("replaces", false)) {
          *Same = Entry;
          Same->erase("replaces");
        } else {
          return llvm::createStringError(
              llvm::inconvertibleErrorCode(),
              "%s: '%s' entry with %s redefines one already defined; add \"replaces\": true to "
              "replace it, or give it a name of its own",
              Where.c_str(), It.key().c_str(), Family.c_str());
        }
      }
    } else if (Slot.is_object() && It->is_object()) {
      if (llvm::Error E = mergeModels(Slot, *It, Where))
        return E;
    } else {
      Slot = *It;
    }
  }
  return llvm::Error::success();
}

std::string Rule::helpText() const { return Description + "\n\nFix: " + Fix; }

llvm::Expected<RuleCatalog> RuleCatalog::parse(const std::vector<EmbeddedRuleFile> &Files) {
  RuleCatalog Catalog;
  for (const EmbeddedRuleFile &File : Files) {
    auto R = parseRule(File);
    if (!R)
      return R.takeError();
    if (Catalog.find(R->Id))
      return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s: duplicate rule id '%s'",
                                     File.Path, R->Id.c_str());
    Catalog.Rules.push_back(std::move(*R));
  }
  llvm::sort(Catalog.Rules, [](const Rule &A, const Rule &B) { return A.Id < B.Id; });
  return Catalog;
}

const RuleCatalog &RuleCatalog::builtin() {
  static const RuleCatalog Catalog = [] {
    auto Parsed = parse(embeddedRuleFiles());
    // The files were validated when the build embedded them; a failure here is a build defect.
    if (!Parsed)
      llvm::report_fatal_error(llvm::Twine("distlint: built-in rules are invalid: ") +
                               llvm::toString(Parsed.takeError()));
    return std::move(*Parsed);
  }();
  return Catalog;
}

const Rule *RuleCatalog::find(llvm::StringRef Id) const {
  int Index = indexOf(Id);
  return Index < 0 ? nullptr : &Rules[Index];
}

int RuleCatalog::indexOf(llvm::StringRef Id) const {
  for (size_t I = 0; I < Rules.size(); ++I)
    if (Rules[I].Id == Id)
      return static_cast<int>(I);
  return -1;
}

llvm::Expected<const json *> modelsFor(llvm::StringRef RuleId, llvm::StringRef ModelFiles,
                                       llvm::StringRef SearchFrom) {
  const Rule *R = RuleCatalog::builtin().find(RuleId);
  if (!R)
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "unknown rule '%s'",
                                   RuleId.str().c_str());
  if (ModelFiles.trim().empty())
    return &R->Models;

  llvm::SmallVector<llvm::StringRef, 4> Names;
  ModelFiles.split(Names, ';', -1, /*KeepEmpty=*/false);
  std::vector<std::string> Paths;
  for (llvm::StringRef Name : Names)
    Paths.push_back(findUpwards(Name.trim(), SearchFrom));
  std::string Key = RuleId.str();
  for (const std::string &P : Paths)
    Key += '\n' + P;

  static std::mutex Mutex;
  static std::map<std::string, std::unique_ptr<json>> Cache;
  std::lock_guard<std::mutex> Lock(Mutex);
  if (auto It = Cache.find(Key); It != Cache.end())
    return It->second.get();

  auto Merged = std::make_unique<json>(R->Models);
  for (const std::string &Path : Paths) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path);
    if (!Buffer)
      return llvm::createStringError(Buffer.getError(), "cannot read model file '%s': %s",
                                     Path.c_str(), Buffer.getError().message().c_str());
    auto Parsed = clang::tidy::distsys::parseBoundedJson((*Buffer)->getBuffer(),
                                                         "model file '" + Path + "'");
    if (!Parsed)
      return Parsed.takeError();
    json &Doc = *Parsed;
    if (!Doc.is_object())
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "model file '%s' is not a JSON object", Path.c_str());
    if (auto Extra = Doc.find(RuleId.str()); Extra != Doc.end()) {
      if (!Extra->is_object())
        return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                       "model file '%s': '%s' must map to an object",
                                       Path.c_str(), RuleId.str().c_str());
      if (llvm::Error E = mergeModels(*Merged, *Extra, "model file '" + Path + "'"))
        return std::move(E);
    }
  }
  return Cache.emplace(Key, std::move(Merged)).first->second.get();
}

} // namespace distlint
