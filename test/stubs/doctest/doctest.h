// Minimal stub of doctest's single header (doctest/doctest.h): TEST_CASE, TEST_CASE_FIXTURE,
// SUBCASE and CHECK expand to the same shapes as the real ones (a static function registered
// through doctest::detail::regTest(doctest::detail::TestCase(fn, __FILE__, __LINE__, suite))).
#pragma once

namespace doctest {

class String {
public:
  String() noexcept;
  String(const char *in);
  ~String();
};

namespace detail {

using funcType = void (*)();

struct TestSuite {
  const char *m_test_suite = nullptr;
};

struct TestCase {
  TestCase(funcType test, const char *file, unsigned line, const TestSuite &test_suite,
           const String &type = String(), int template_id = -1);
  TestCase &operator*(const char *in);
  funcType m_test;
};

int regTest(const TestCase &tc);

struct Subcase {
  Subcase(const String &name, const char *file, int line);
  ~Subcase();
  operator bool() const;
};

struct Result {
  bool m_passed;
};

template <typename L> struct Expression_lhs {
  L lhs;
  template <typename R> bool operator==(const R &rhs) { return lhs == rhs; }
  template <typename R> bool operator!=(const R &rhs) { return lhs != rhs; }
};

struct ExpressionDecomposer {
  template <typename L> Expression_lhs<const L &> operator<<(const L &operand) {
    return Expression_lhs<const L &>{operand};
  }
};

struct ResultBuilder {
  ResultBuilder(int at, const char *file, int line, const char *expr);
  template <typename T> void setResult(const T &res);
  bool log();
};

} // namespace detail
} // namespace doctest

namespace doctest_detail_test_suite_ns {
doctest::detail::TestSuite &getCurrentTestSuite();
} // namespace doctest_detail_test_suite_ns

#define DOCTEST_CAT_IMPL(s1, s2) s1##s2
#define DOCTEST_CAT(s1, s2) DOCTEST_CAT_IMPL(s1, s2)
#define DOCTEST_ANONYMOUS(x) DOCTEST_CAT(x, __COUNTER__)
#define DOCTEST_EMPTY
#define DOCTEST_TOSTR(x) #x

#define DOCTEST_GLOBAL_NO_WARNINGS(var, ...)                                                     \
  static const int var [[maybe_unused]] = __VA_ARGS__;

#define DOCTEST_REGISTER_FUNCTION(global_prefix, f, decorators)                                  \
  global_prefix DOCTEST_GLOBAL_NO_WARNINGS(                                                      \
      DOCTEST_ANONYMOUS(DOCTEST_ANON_VAR_),                                                      \
      doctest::detail::regTest(                                                                  \
          doctest::detail::TestCase(f, __FILE__, __LINE__,                                       \
                                    doctest_detail_test_suite_ns::getCurrentTestSuite()) *       \
          decorators))

#define DOCTEST_CREATE_AND_REGISTER_FUNCTION(f, decorators)                                      \
  static void f();                                                                               \
  DOCTEST_REGISTER_FUNCTION(DOCTEST_EMPTY, f, decorators)                                        \
  static void f()

#define DOCTEST_IMPLEMENT_FIXTURE(der, base, func, decorators)                                   \
  namespace {                                                                                    \
  struct der : public base {                                                                     \
    void f();                                                                                    \
  };                                                                                             \
  static inline void func() {                                                                    \
    der v;                                                                                       \
    v.f();                                                                                       \
  }                                                                                              \
  DOCTEST_REGISTER_FUNCTION(DOCTEST_EMPTY, func, decorators)                                     \
  }                                                                                              \
  inline void der::f()

#define DOCTEST_TEST_CASE(decorators)                                                            \
  DOCTEST_CREATE_AND_REGISTER_FUNCTION(DOCTEST_ANONYMOUS(DOCTEST_ANON_FUNC_), decorators)
#define DOCTEST_TEST_CASE_FIXTURE(c, decorators)                                                 \
  DOCTEST_IMPLEMENT_FIXTURE(DOCTEST_ANONYMOUS(DOCTEST_ANON_CLASS_), c,                           \
                            DOCTEST_ANONYMOUS(DOCTEST_ANON_FUNC_), decorators)
#define DOCTEST_SUBCASE(name)                                                                    \
  if (const doctest::detail::Subcase & DOCTEST_ANONYMOUS(DOCTEST_ANON_SUBCASE_)                  \
      [[maybe_unused]] = doctest::detail::Subcase(name, __FILE__, __LINE__))
#define DOCTEST_CHECK(...)                                                                       \
  _Pragma("clang diagnostic push")                                                               \
  _Pragma("clang diagnostic ignored \"-Woverloaded-shift-op-parentheses\"")                      \
  [&] {                                                                                          \
    doctest::detail::ResultBuilder DOCTEST_RB(1, __FILE__, __LINE__, #__VA_ARGS__);              \
    DOCTEST_RB.setResult(doctest::detail::ExpressionDecomposer() << __VA_ARGS__);                \
    return DOCTEST_RB.log();                                                                     \
  }() _Pragma("clang diagnostic pop")

#define TEST_CASE(name) DOCTEST_TEST_CASE(name)
#define TEST_CASE_FIXTURE(x, name) DOCTEST_TEST_CASE_FIXTURE(x, name)
#define SUBCASE(name) DOCTEST_SUBCASE(name)
#define CHECK(...) DOCTEST_CHECK(__VA_ARGS__)
