// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

#include <chrono>
#include <cstdint>

namespace Aws {
namespace Utils {
enum class DateFormat { RFC822, ISO_8601, ISO_8601_BASIC, AutoDetect };

class DateTime {
public:
  DateTime();
  DateTime(const std::chrono::system_clock::time_point &timepointToAssign);
  DateTime(int64_t millisSinceEpoch);
  DateTime(double epoch_millis);
  DateTime(const Aws::String &timestamp, DateFormat format);
  DateTime(const char *timestamp, DateFormat format);
  bool operator==(const DateTime &other) const;
  bool operator<(const DateTime &other) const;
  bool operator>(const DateTime &other) const;
  bool operator!=(const DateTime &other) const;
  bool operator<=(const DateTime &other) const;
  bool operator>=(const DateTime &other) const;
  inline bool WasParseSuccessful() const { return m_valid; }
  Aws::String ToLocalTimeString(DateFormat format) const;
  Aws::String ToGmtString(DateFormat format) const;
  double SecondsWithMSPrecision() const;
  int64_t Seconds() const;
  int64_t Millis() const;
  std::chrono::system_clock::time_point UnderlyingTimestamp() const;
  static DateTime Now();
  static int64_t CurrentTimeMillis();

private:
  std::chrono::system_clock::time_point m_time;
  bool m_valid;
};
} // namespace Utils
} // namespace Aws
