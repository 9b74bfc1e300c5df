// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/http/HttpResponse.h>
#include <aws/core/utils/memory/stl/AWSStreamFwd.h>
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/core/utils/json/JsonSerializer.h>
#include <aws/core/utils/StringUtils.h>

namespace Aws {
namespace Client {

template <typename ERROR_TYPE> class AWSError {
public:
  AWSError() : m_errorType(), m_isRetryable(false) {}
  AWSError(ERROR_TYPE errorType, bool isRetryable) : m_errorType(errorType), m_isRetryable(isRetryable) {}
  AWSError(ERROR_TYPE errorType, const Aws::String &exceptionName, const Aws::String &message,
           bool isRetryable)
      : m_errorType(errorType), m_exceptionName(exceptionName), m_message(message),
        m_isRetryable(isRetryable) {}

  inline const ERROR_TYPE GetErrorType() const { return m_errorType; }
  inline const Aws::String &GetExceptionName() const { return m_exceptionName; }
  inline const Aws::String &GetMessage() const { return m_message; }
  inline bool ShouldRetry() const { return m_isRetryable; }
  inline Aws::Http::HttpResponseCode GetResponseCode() const { return m_responseCode; }

private:
  ERROR_TYPE m_errorType;
  Aws::String m_exceptionName;
  Aws::String m_message;
  Aws::Http::HttpResponseCode m_responseCode = Aws::Http::HttpResponseCode::REQUEST_NOT_MADE;
  bool m_isRetryable;
};

template <typename T> Aws::OStream &operator<<(Aws::OStream &s, const AWSError<T> &e);

} // namespace Client
} // namespace Aws
