// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/json/JsonSerializer.h>
#include <aws/core/utils/memory/stl/AWSString.h>

#include <utility>

namespace Aws {
namespace EFS {
namespace Model {
class FileSystemAlreadyExists {
public:
  FileSystemAlreadyExists();
  FileSystemAlreadyExists(Aws::Utils::Json::JsonView jsonValue);
  FileSystemAlreadyExists &operator=(Aws::Utils::Json::JsonView jsonValue);
  Aws::Utils::Json::JsonValue Jsonize() const;

  inline const Aws::String &GetErrorCode() const { return m_errorCode; }
  inline bool ErrorCodeHasBeenSet() const { return m_errorCodeHasBeenSet; }
  inline void SetErrorCode(const Aws::String &value) { m_errorCodeHasBeenSet = true; m_errorCode = value; }
  inline void SetErrorCode(Aws::String &&value) { m_errorCodeHasBeenSet = true; m_errorCode = std::move(value); }
  inline void SetErrorCode(const char *value) { m_errorCodeHasBeenSet = true; m_errorCode.assign(value); }
  inline FileSystemAlreadyExists &WithErrorCode(const Aws::String &value) { SetErrorCode(value); return *this; }
  inline FileSystemAlreadyExists &WithErrorCode(Aws::String &&value) { SetErrorCode(std::move(value)); return *this; }
  inline FileSystemAlreadyExists &WithErrorCode(const char *value) { SetErrorCode(value); return *this; }
  inline const Aws::String &GetMessage() const { return m_message; }
  inline bool MessageHasBeenSet() const { return m_messageHasBeenSet; }
  inline void SetMessage(const Aws::String &value) { m_messageHasBeenSet = true; m_message = value; }
  inline void SetMessage(Aws::String &&value) { m_messageHasBeenSet = true; m_message = std::move(value); }
  inline void SetMessage(const char *value) { m_messageHasBeenSet = true; m_message.assign(value); }
  inline FileSystemAlreadyExists &WithMessage(const Aws::String &value) { SetMessage(value); return *this; }
  inline FileSystemAlreadyExists &WithMessage(Aws::String &&value) { SetMessage(std::move(value)); return *this; }
  inline FileSystemAlreadyExists &WithMessage(const char *value) { SetMessage(value); return *this; }
  inline const Aws::String &GetFileSystemId() const { return m_fileSystemId; }
  inline bool FileSystemIdHasBeenSet() const { return m_fileSystemIdHasBeenSet; }
  inline void SetFileSystemId(const Aws::String &value) { m_fileSystemIdHasBeenSet = true; m_fileSystemId = value; }
  inline void SetFileSystemId(Aws::String &&value) { m_fileSystemIdHasBeenSet = true; m_fileSystemId = std::move(value); }
  inline void SetFileSystemId(const char *value) { m_fileSystemIdHasBeenSet = true; m_fileSystemId.assign(value); }
  inline FileSystemAlreadyExists &WithFileSystemId(const Aws::String &value) { SetFileSystemId(value); return *this; }
  inline FileSystemAlreadyExists &WithFileSystemId(Aws::String &&value) { SetFileSystemId(std::move(value)); return *this; }
  inline FileSystemAlreadyExists &WithFileSystemId(const char *value) { SetFileSystemId(value); return *this; }

private:
  Aws::String m_errorCode;
  bool m_errorCodeHasBeenSet = false;
  Aws::String m_message;
  bool m_messageHasBeenSet = false;
  Aws::String m_fileSystemId;
  bool m_fileSystemIdHasBeenSet = false;
};
} // namespace Model
} // namespace EFS
} // namespace Aws
