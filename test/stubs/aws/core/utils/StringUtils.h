// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/core/utils/memory/stl/AWSStringStream.h>
#include <aws/core/utils/memory/stl/AWSVector.h>

namespace Aws {
namespace Utils {
class StringUtils {
public:
  static void Replace(Aws::String &s, const char *search, const char *replace);
  static Aws::String ToLower(const char *source);
  static Aws::String ToUpper(const char *source);
  static bool CaselessCompare(const char *value1, const char *value2);
  static Aws::String URLEncode(const char *unsafe);
  static Aws::String URLDecode(const char *safe);
  static Aws::Vector<Aws::String> Split(const Aws::String &toSplit, char splitOn);
  static Aws::String LTrim(const char *source);
  static Aws::String RTrim(const char *source);
  static Aws::String Trim(const char *source);
  static long long ConvertToInt64(const char *source);
  static long ConvertToInt32(const char *source);
  static bool ConvertToBool(const char *source);
  static double ConvertToDouble(const char *source);
  template <typename T> static Aws::String to_string(T value) {
    Aws::OStringStream os;
    os << value;
    return os.str();
  }
  static Aws::String Join(const Aws::Vector<Aws::String> &elements, char delimiter);
};
} // namespace Utils
} // namespace Aws
