// RUN: %check_distlint %s distsys-check-then-create %t -- -std=c++17 -isystem %stubs
// Operations of any AWS SDK client read by their names: <Describe|Get|Head|List><Noun> probes,
// <Create|Put|Register><Noun> creates, the request's identifier setters name the resource.
#include <aws/iam/IAMClient.h>
#include <aws/iam/model/CreateRoleRequest.h>
#include <aws/iam/model/GetRoleRequest.h>
#include <aws/lambda/LambdaClient.h>
#include <aws/lambda/model/CreateFunctionRequest.h>
#include <aws/lambda/model/GetFunctionRequest.h>
#include <aws/logs/CloudWatchLogsClient.h>
#include <aws/logs/model/CreateLogGroupRequest.h>
#include <aws/logs/model/DescribeLogGroupsRequest.h>
#include <aws/rds/RDSClient.h>
#include <aws/rds/model/CreateDBClusterParameterGroupRequest.h>
#include <aws/rds/model/CreateDBClusterRequest.h>
#include <aws/rds/model/CreateDBInstanceRequest.h>
#include <aws/rds/model/DescribeDBClusterParameterGroupsRequest.h>
#include <aws/rds/model/DescribeDBClustersRequest.h>
#include <cstdio>
#include <stdexcept>

namespace Rds = Aws::RDS;
namespace Iam = Aws::IAM;
namespace Logs = Aws::CloudWatchLogs;
namespace Lambda = Aws::Lambda;

// --- positives ---------------------------------------------------------------------------------

void clusterIfMissing(const Rds::RDSClient &rds, const Aws::String &id) {
  Rds::Model::DescribeDBClustersRequest describe;
  describe.SetDBClusterIdentifier(id);
  auto outcome = rds.DescribeDBClusters(describe);
  if (!outcome.IsSuccess()) {
    Rds::Model::CreateDBClusterRequest create;
    create.SetDBClusterIdentifier(id);
    create.SetEngine("aurora-mysql");
    rds.CreateDBCluster(create);
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'CreateDBCluster' of the DB cluster checked by 'DescribeDBClusters' at line [[@LINE-6]] can race with another instance; call CreateDBCluster directly and treat its 'already exists' error as success, or give it a client token [distsys-check-then-create]
    // CHECK-MESSAGES: :[[@LINE-7]]:22: note: 'DescribeDBClusters' checks the DB cluster here
  }
}

// The shape of the SDK's own Aurora scenario: "not found" decides, the name is a constant.
const char *const kParameterGroup = "doc-example-cluster-parameter-group";
bool parameterGroupIfMissing(const Rds::RDSClient &rds) {
  Rds::Model::DescribeDBClusterParameterGroupsRequest describe;
  describe.SetDBClusterParameterGroupName(kParameterGroup);
  auto outcome = rds.DescribeDBClusterParameterGroups(describe);
  if (outcome.IsSuccess())
    return true;
  if (outcome.GetError().GetErrorType() != Rds::RDSErrors::D_B_PARAMETER_GROUP_NOT_FOUND_FAULT)
    return false;
  Rds::Model::CreateDBClusterParameterGroupRequest create;
  create.SetDBClusterParameterGroupName("doc-example-cluster-parameter-group");
  create.SetDBParameterGroupFamily("aurora-mysql8.0");
  create.SetDescription("example");
  return rds.CreateDBClusterParameterGroup(create).IsSuccess();
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'CreateDBClusterParameterGroup' of the DB cluster parameter group checked by 'DescribeDBClusterParameterGroups' at line [[@LINE-10]] can race
  // CHECK-MESSAGES: :[[@LINE-11]]:22: note: 'DescribeDBClusterParameterGroups' checks the DB cluster parameter group here
}

void roleThroughBuilders(const Iam::IAMClient &iam, const Aws::String &name,
                         const Aws::String &trust) {
  if (!iam.GetRole(Iam::Model::GetRoleRequest().WithRoleName(name)).IsSuccess())
    iam.CreateRole(
        Iam::Model::CreateRoleRequest().WithRoleName(name).WithAssumeRolePolicyDocument(trust));
  // CHECK-MESSAGES: :[[@LINE-2]]:9: warning: 'CreateRole' of the role checked by 'GetRole' at line [[@LINE-3]] can race
  // CHECK-MESSAGES: :[[@LINE-4]]:12: note: 'GetRole' checks the role here
}

// A prefix probe whose empty list decides.
void logGroupIfMissing(const Logs::CloudWatchLogsClient &logs, const Aws::String &group) {
  Logs::Model::DescribeLogGroupsRequest describe;
  describe.SetLogGroupNamePrefix(group);
  auto outcome = logs.DescribeLogGroups(describe);
  if (outcome.IsSuccess() && outcome.GetResult().GetLogGroups().empty()) {
    Logs::Model::CreateLogGroupRequest create;
    create.SetLogGroupName(group);
    logs.CreateLogGroup(create);
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'CreateLogGroup' of the log group checked by 'DescribeLogGroups' at line [[@LINE-5]] can race
    // CHECK-MESSAGES: :[[@LINE-6]]:23: note: 'DescribeLogGroups' checks the log group here
  }
}

// Through an existence helper, as real deployment code writes it.
bool functionExists(const Lambda::LambdaClient &lambda, const Aws::String &name) {
  Lambda::Model::GetFunctionRequest get;
  get.SetFunctionName(name);
  return lambda.GetFunction(get).IsSuccess();
}
void deployOnce(const Lambda::LambdaClient &lambda, const Aws::String &name,
                const Aws::String &role) {
  if (functionExists(lambda, name))
    return;
  Lambda::Model::CreateFunctionRequest create;
  create.SetFunctionName(name);
  create.SetRole(role);
  lambda.CreateFunction(create);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'CreateFunction' of the function checked by 'functionExists' at line [[@LINE-6]] can race
  // CHECK-MESSAGES: :[[@LINE-7]]:7: note: 'functionExists' checks the function here
  // CHECK-MESSAGES: :[[@LINE-12]]:17: note: 'GetFunction' checks the function here
}

// --- correct look-alikes -----------------------------------------------------------------------

// Losing the race is handled: the create's already-exists error is success.
void roleHandled(const Iam::IAMClient &iam, const Aws::String &name) {
  Iam::Model::GetRoleRequest get;
  get.SetRoleName(name);
  if (iam.GetRole(get).IsSuccess())
    return;
  Iam::Model::CreateRoleRequest create;
  create.SetRoleName(name);
  auto created = iam.CreateRole(create);
  if (!created.IsSuccess() &&
      created.GetError().GetErrorType() != Iam::IAMErrors::ENTITY_ALREADY_EXISTS)
    throw std::runtime_error("cannot create role");
}

// The same identifier on another noun is another resource.
void instanceNamedLikeCluster(const Rds::RDSClient &rds, const Aws::String &id) {
  Rds::Model::DescribeDBClustersRequest describe;
  describe.SetDBClusterIdentifier(id);
  if (!rds.DescribeDBClusters(describe).IsSuccess()) {
    Rds::Model::CreateDBInstanceRequest create;
    create.SetDBInstanceIdentifier(id);
    create.SetDBClusterIdentifier(id);
    rds.CreateDBInstance(create);
  }
}

// Another name, and a probe with no identifier at all (the first page of everything).
void otherNames(const Iam::IAMClient &iam, const Logs::CloudWatchLogsClient &logs,
                const Aws::String &name, const Aws::String &other) {
  if (!iam.GetRole(Iam::Model::GetRoleRequest().WithRoleName(other)).IsSuccess())
    iam.CreateRole(Iam::Model::CreateRoleRequest().WithRoleName(name));
  if (logs.DescribeLogGroups().GetResult().GetLogGroups().empty())
    logs.CreateLogGroup(Logs::Model::CreateLogGroupRequest().WithLogGroupName(name));
}

// Created only where the probe found it: not a check-then-create (here: a second revision).
void onlyWhereFound(const Lambda::LambdaClient &lambda, const Aws::String &name) {
  Lambda::Model::GetFunctionRequest get;
  get.SetFunctionName(name);
  auto found = lambda.GetFunction(get);
  if (!found.IsSuccess())
    return;
  lambda.CreateFunction(Lambda::Model::CreateFunctionRequest().WithFunctionName(name));
}

// The same verbs on a project class are not the SDK's.
namespace acme {
struct RoleStoreClient {
  bool GetRole(const Aws::String &name) const;
  void CreateRole(const Aws::String &name) const;
};
} // namespace acme
void projectClient(const acme::RoleStoreClient &store, const Aws::String &name) {
  if (!store.GetRole(name))
    store.CreateRole(name);
}

// A flag set where the probe's outcome decided carries the check to a later create.
void clusterThroughFlag(const Rds::RDSClient &rds, const Aws::String &id) {
  bool found = true;
  {
    Rds::Model::DescribeDBClustersRequest describe;
    describe.SetDBClusterIdentifier(id);
    auto outcome = rds.DescribeDBClusters(describe);
    if (outcome.IsSuccess())
      std::puts("exists");
    else if (outcome.GetError().GetErrorType() == Rds::RDSErrors::D_B_CLUSTER_NOT_FOUND_FAULT)
      found = false;
    else
      return;
  }
  if (!found) {
    Rds::Model::CreateDBClusterRequest create;
    create.SetDBClusterIdentifier(id);
    rds.CreateDBCluster(create);
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'CreateDBCluster' of the DB cluster checked by 'DescribeDBClusters' at line [[@LINE-12]] can race
    // CHECK-MESSAGES: :[[@LINE-13]]:24: note: 'DescribeDBClusters' checks the DB cluster here
  }
}

// A flag set from something else is not the probe's.
void clusterFlagFromElsewhere(const Rds::RDSClient &rds, const Aws::String &id, bool fresh) {
  bool found = true;
  Rds::Model::DescribeDBClustersRequest describe;
  describe.SetDBClusterIdentifier(id);
  auto outcome = rds.DescribeDBClusters(describe);
  std::printf("%d\n", outcome.IsSuccess());
  if (fresh)
    found = false;
  if (!found)
    rds.CreateDBCluster(Rds::Model::CreateDBClusterRequest().WithDBClusterIdentifier(id));
}

// Early returns in an else-if chain: found, or an error other than "no such entity".
void roleAfterElseIfReturns(const Iam::IAMClient &iam, const Aws::String &name) {
  Iam::Model::GetRoleRequest get;
  get.SetRoleName(name);
  auto found = iam.GetRole(get);
  if (found.IsSuccess()) {
    std::puts("exists");
    return;
  } else if (found.GetError().GetErrorType() != Iam::IAMErrors::NO_SUCH_ENTITY) {
    return;
  }
  iam.CreateRole(Iam::Model::CreateRoleRequest().WithRoleName(name));
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'CreateRole' of the role checked by 'GetRole' at line [[@LINE-8]] can race
  // CHECK-MESSAGES: :[[@LINE-9]]:20: note: 'GetRole' checks the role here
}

// A chain whose first branch does not exit says nothing about the conditions after it.
void roleAfterNonExitingBranch(const Iam::IAMClient &iam, const Aws::String &name, bool verbose) {
  Iam::Model::GetRoleRequest get;
  get.SetRoleName(name);
  auto found = iam.GetRole(get);
  if (verbose) {
    std::puts("checking");
  } else if (found.IsSuccess()) {
    return;
  }
  iam.CreateRole(Iam::Model::CreateRoleRequest().WithRoleName(name));
}
