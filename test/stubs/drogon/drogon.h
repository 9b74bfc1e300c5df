// distlint test stub: Drogon's umbrella header drogon/drogon.h, including the stubbed headers
// distlint's lit tests use; not the framework.
#ifndef DISTLINT_STUB_DROGON_DROGON_H
#define DISTLINT_STUB_DROGON_DROGON_H

#include <drogon/HttpAppFramework.h>
#include <drogon/HttpClient.h>
#include <drogon/HttpController.h>
#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <drogon/HttpTypes.h>

#endif
