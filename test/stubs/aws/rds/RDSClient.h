// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/client/ClientConfiguration.h>
#include <aws/rds/RDSServiceClientModel.h>

namespace Aws {
namespace RDS {
class RDSClient {
public:
  explicit RDSClient(const Aws::Client::ClientConfiguration &clientConfiguration =
                        Aws::Client::ClientConfiguration());
  virtual ~RDSClient();

  virtual Model::CreateDBClusterOutcome CreateDBCluster(const Model::CreateDBClusterRequest &request) const;
  virtual Model::CreateDBClusterParameterGroupOutcome CreateDBClusterParameterGroup(const Model::CreateDBClusterParameterGroupRequest &request) const;
  virtual Model::CreateDBInstanceOutcome CreateDBInstance(const Model::CreateDBInstanceRequest &request) const;
  virtual Model::DescribeDBClusterParameterGroupsOutcome DescribeDBClusterParameterGroups(const Model::DescribeDBClusterParameterGroupsRequest &request = {}) const;
  virtual Model::DescribeDBClustersOutcome DescribeDBClusters(const Model::DescribeDBClustersRequest &request = {}) const;
  virtual Model::DescribeDBInstancesOutcome DescribeDBInstances(const Model::DescribeDBInstancesRequest &request = {}) const;
};
} // namespace RDS
} // namespace Aws
