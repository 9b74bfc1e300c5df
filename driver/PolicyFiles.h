//===--- PolicyFiles.h - IAM policy JSON files as analysis inputs ---------===//
//
// JSON sources are not C++: they are IAM policy documents (or CloudFormation / CDK output holding
// them) that distsys-tenant-unscoped-arn reads directly, with the same policy logic as the C++
// check (checks/IamPolicy.h). Non-policy JSON is skipped silently; malformed JSON is an analysis
// failure, so a gate never passes a file it could not read.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_DRIVER_POLICYFILES_H
#define DISTLINT_DRIVER_POLICYFILES_H

#include "Analysis.h"
#include "Finding.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace distlint {

/// Moves the .json files out of \p Sources and adds the files that match \p Glob ('*' and '?' also
/// match '/', '**/' any directories, a ".json" suffix any case), searched for in the directory the
/// glob starts from: directories named node_modules or starting with '.' are not searched,
/// directory symlinks are not followed, and a file symlink counts only when its target is inside
/// that directory. Returns absolute paths; a named file that does not exist, a glob that matches
/// no file and a directory that cannot be read are errors.
llvm::Expected<std::vector<std::string>> takePolicyFiles(std::vector<std::string> &Sources,
                                                         llvm::StringRef Glob);

/// Analyses each file with distsys-tenant-unscoped-arn when the configuration for the file
/// (--checks, --config-file or .clang-tidy) enables it, appending to \p Into.
void analyzePolicyFiles(const AnalysisOptions &Options, const std::vector<std::string> &Files,
                        AnalysisResult &Into);

/// The findings of one JSON text (\p Path is only recorded); malformed JSON adds a failure.
void analyzePolicyText(llvm::StringRef Path, llvm::StringRef Text, llvm::StringRef ModelFiles,
                       AnalysisResult &Into);

} // namespace distlint

#endif
