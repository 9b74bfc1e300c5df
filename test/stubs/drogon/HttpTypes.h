// distlint test stub: the declarations of Drogon's drogon/HttpTypes.h that distlint's lit tests
// use, written from the framework's public header; not the framework. Debian 12 does not package
// Drogon.
#ifndef DISTLINT_STUB_DROGON_HTTPTYPES_H
#define DISTLINT_STUB_DROGON_HTTPTYPES_H

namespace drogon {

enum HttpStatusCode { k200OK = 200, k404NotFound = 404, k500InternalServerError = 500 };

enum HttpMethod { Get = 0, Post, Head, Put, Delete, Options, Patch, Invalid };

enum class ReqResult {
  Ok = 0,
  BadResponse,
  NetworkFailure,
  BadServerAddress,
  Timeout,
  HandshakeError,
  InvalidCertificate,
  EncryptionFailure,
};

} // namespace drogon

#endif
