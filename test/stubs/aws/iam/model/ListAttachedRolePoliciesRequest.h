// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/iam/IAMRequest.h>

#include <utility>

namespace Aws {
namespace IAM {
namespace Model {
class ListAttachedRolePoliciesRequest : public IAMRequest {
public:
  ListAttachedRolePoliciesRequest();
  inline const char *GetServiceRequestName() const override { return "ListAttachedRolePolicies"; }

  inline const Aws::String &GetRoleName() const { return m_roleName; }
  inline bool RoleNameHasBeenSet() const { return m_roleNameHasBeenSet; }
  inline void SetRoleName(const Aws::String &value) { m_roleNameHasBeenSet = true; m_roleName = value; }
  inline void SetRoleName(Aws::String &&value) { m_roleNameHasBeenSet = true; m_roleName = std::move(value); }
  inline void SetRoleName(const char *value) { m_roleNameHasBeenSet = true; m_roleName.assign(value); }
  inline ListAttachedRolePoliciesRequest &WithRoleName(const Aws::String &value) { SetRoleName(value); return *this; }
  inline ListAttachedRolePoliciesRequest &WithRoleName(Aws::String &&value) { SetRoleName(std::move(value)); return *this; }
  inline ListAttachedRolePoliciesRequest &WithRoleName(const char *value) { SetRoleName(value); return *this; }
  inline const Aws::String &GetPathPrefix() const { return m_pathPrefix; }
  inline bool PathPrefixHasBeenSet() const { return m_pathPrefixHasBeenSet; }
  inline void SetPathPrefix(const Aws::String &value) { m_pathPrefixHasBeenSet = true; m_pathPrefix = value; }
  inline void SetPathPrefix(Aws::String &&value) { m_pathPrefixHasBeenSet = true; m_pathPrefix = std::move(value); }
  inline void SetPathPrefix(const char *value) { m_pathPrefixHasBeenSet = true; m_pathPrefix.assign(value); }
  inline ListAttachedRolePoliciesRequest &WithPathPrefix(const Aws::String &value) { SetPathPrefix(value); return *this; }
  inline ListAttachedRolePoliciesRequest &WithPathPrefix(Aws::String &&value) { SetPathPrefix(std::move(value)); return *this; }
  inline ListAttachedRolePoliciesRequest &WithPathPrefix(const char *value) { SetPathPrefix(value); return *this; }
  inline const Aws::String &GetMarker() const { return m_marker; }
  inline bool MarkerHasBeenSet() const { return m_markerHasBeenSet; }
  inline void SetMarker(const Aws::String &value) { m_markerHasBeenSet = true; m_marker = value; }
  inline void SetMarker(Aws::String &&value) { m_markerHasBeenSet = true; m_marker = std::move(value); }
  inline void SetMarker(const char *value) { m_markerHasBeenSet = true; m_marker.assign(value); }
  inline ListAttachedRolePoliciesRequest &WithMarker(const Aws::String &value) { SetMarker(value); return *this; }
  inline ListAttachedRolePoliciesRequest &WithMarker(Aws::String &&value) { SetMarker(std::move(value)); return *this; }
  inline ListAttachedRolePoliciesRequest &WithMarker(const char *value) { SetMarker(value); return *this; }
  inline int GetMaxItems() const { return m_maxItems; }
  inline bool MaxItemsHasBeenSet() const { return m_maxItemsHasBeenSet; }
  inline void SetMaxItems(int value) { m_maxItemsHasBeenSet = true; m_maxItems = value; }
  inline ListAttachedRolePoliciesRequest &WithMaxItems(int value) { SetMaxItems(value); return *this; }

private:
  Aws::String m_roleName;
  bool m_roleNameHasBeenSet = false;
  Aws::String m_pathPrefix;
  bool m_pathPrefixHasBeenSet = false;
  Aws::String m_marker;
  bool m_markerHasBeenSet = false;
  int m_maxItems{0};
  bool m_maxItemsHasBeenSet = false;
};
} // namespace Model
} // namespace IAM
} // namespace Aws
