# `cmake --install <build> --prefix P` and `cpack -G DEB` (docs/user-guide.md, "Installing").
# The three front-ends are installed by their own directories; this adds what they read at run
# time: the documentation pages (`distlint --explain` finds them from its own location) and the
# rule files, the reference for writing model files.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/integrations/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR}
        RENAME integrations.md)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/rules/ DESTINATION ${CMAKE_INSTALL_DATADIR}/distlint/rules
        FILES_MATCHING PATTERN "*.json")

# The Debian package. Its dependencies are what the installed binaries link (dpkg-shlibdeps:
# LLVM 19, libclang-cpp 19, and the gRPC/protobuf runtime that clangd's remote-index client
# links), plus clang's builtin headers, which distlint and distlint-clangd parse with. Nothing the
# tests use (the SDK headers, GoogleTest, lit) is a dependency.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME distlint)
set(CPACK_PACKAGE_VENDOR distlint)
set(CPACK_PACKAGE_CONTACT "distlint maintainers <distlint@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "static analyzer for distributed-systems anti-patterns in C++ (clang-tidy checks distsys-*)")
set(CPACK_PACKAGE_HOMEPAGE_URL ${DISTLINT_HOMEPAGE})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libclang-common-${LLVM_VERSION_MAJOR}-dev")
# The plugin is loaded by clang-tidy of the same LLVM release.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "clang-tidy-${LLVM_VERSION_MAJOR}")
include(CPack)
