// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/iam/IAMRequest.h>

#include <utility>

namespace Aws {
namespace IAM {
namespace Model {
class ListAccessKeysRequest : public IAMRequest {
public:
  ListAccessKeysRequest();
  inline const char *GetServiceRequestName() const override { return "ListAccessKeys"; }

  inline const Aws::String &GetUserName() const { return m_userName; }
  inline bool UserNameHasBeenSet() const { return m_userNameHasBeenSet; }
  inline void SetUserName(const Aws::String &value) { m_userNameHasBeenSet = true; m_userName = value; }
  inline void SetUserName(Aws::String &&value) { m_userNameHasBeenSet = true; m_userName = std::move(value); }
  inline void SetUserName(const char *value) { m_userNameHasBeenSet = true; m_userName.assign(value); }
  inline ListAccessKeysRequest &WithUserName(const Aws::String &value) { SetUserName(value); return *this; }
  inline ListAccessKeysRequest &WithUserName(Aws::String &&value) { SetUserName(std::move(value)); return *this; }
  inline ListAccessKeysRequest &WithUserName(const char *value) { SetUserName(value); return *this; }
  inline const Aws::String &GetMarker() const { return m_marker; }
  inline bool MarkerHasBeenSet() const { return m_markerHasBeenSet; }
  inline void SetMarker(const Aws::String &value) { m_markerHasBeenSet = true; m_marker = value; }
  inline void SetMarker(Aws::String &&value) { m_markerHasBeenSet = true; m_marker = std::move(value); }
  inline void SetMarker(const char *value) { m_markerHasBeenSet = true; m_marker.assign(value); }
  inline ListAccessKeysRequest &WithMarker(const Aws::String &value) { SetMarker(value); return *this; }
  inline ListAccessKeysRequest &WithMarker(Aws::String &&value) { SetMarker(std::move(value)); return *this; }
  inline ListAccessKeysRequest &WithMarker(const char *value) { SetMarker(value); return *this; }
  inline int GetMaxItems() const { return m_maxItems; }
  inline bool MaxItemsHasBeenSet() const { return m_maxItemsHasBeenSet; }
  inline void SetMaxItems(int value) { m_maxItemsHasBeenSet = true; m_maxItems = value; }
  inline ListAccessKeysRequest &WithMaxItems(int value) { SetMaxItems(value); return *this; }

private:
  Aws::String m_userName;
  bool m_userNameHasBeenSet = false;
  Aws::String m_marker;
  bool m_markerHasBeenSet = false;
  int m_maxItems{0};
  bool m_maxItemsHasBeenSet = false;
};
} // namespace Model
} // namespace IAM
} // namespace Aws
