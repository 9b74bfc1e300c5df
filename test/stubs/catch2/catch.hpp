// Minimal stub of Catch2 v2's single header (catch2/catch.hpp): the test-case, test-case-method,
// section and assertion macros expand to the same shapes as the real ones (a static function or a
// fixture subclass's test() registered through Catch::AutoReg(Catch::makeTestInvoker(&fn), ...)).
#pragma once
#include <cstddef>
#include <new>
#include <string>

namespace Catch {

struct SourceLineInfo {
  SourceLineInfo() = delete;
  constexpr SourceLineInfo(char const *_file, std::size_t _line) noexcept
      : file(_file), line(_line) {}
  char const *file;
  std::size_t line;
};

class StringRef {
public:
  using size_type = std::size_t;
  constexpr StringRef() noexcept : m_start(""), m_size(0) {}
  StringRef(char const *rawChars) noexcept;
  constexpr StringRef(char const *rawChars, size_type size) noexcept
      : m_start(rawChars), m_size(size) {}
  StringRef(std::string const &stdString) noexcept
      : m_start(stdString.c_str()), m_size(stdString.size()) {}

private:
  char const *m_start;
  size_type m_size;
};

struct NameAndTags {
  NameAndTags(StringRef const &name_ = StringRef(), StringRef const &tags_ = StringRef()) noexcept;
  StringRef name;
  StringRef tags;
};

class NonCopyable {
  NonCopyable(NonCopyable const &) = delete;
  NonCopyable &operator=(NonCopyable const &) = delete;

protected:
  NonCopyable();
  virtual ~NonCopyable();
};

struct ITestInvoker {
  virtual void invoke() const = 0;
  virtual ~ITestInvoker();
};

template <typename C> class TestInvokerAsMethod : public ITestInvoker {
  void (C::*m_testAsMethod)();

public:
  TestInvokerAsMethod(void (C::*testAsMethod)()) noexcept : m_testAsMethod(testAsMethod) {}
  void invoke() const override {
    C obj;
    (obj.*m_testAsMethod)();
  }
};

auto makeTestInvoker(void (*testAsFunction)()) noexcept -> ITestInvoker *;

template <typename C> auto makeTestInvoker(void (C::*testAsMethod)()) noexcept -> ITestInvoker * {
  return new (std::nothrow) TestInvokerAsMethod<C>(testAsMethod);
}

struct AutoReg : NonCopyable {
  AutoReg(ITestInvoker *invoker, SourceLineInfo const &lineInfo, StringRef const &classOrMethod,
          NameAndTags const &nameAndTags) noexcept;
  ~AutoReg();
};

struct SectionInfo {
  SectionInfo(SourceLineInfo const &_lineInfo, std::string const &_name);
  std::string name;
  SourceLineInfo lineInfo;
};

class Section : NonCopyable {
public:
  Section(SectionInfo const &info);
  ~Section();
  explicit operator bool() const;
};

namespace ResultDisposition {
enum Flags { Normal = 0x01, ContinueOnFailure = 0x02 };
}

template <typename LhsT> class ExprLhs {
  LhsT m_lhs;

public:
  explicit ExprLhs(LhsT lhs) : m_lhs(lhs) {}
  template <typename RhsT> bool operator==(RhsT const &rhs) const { return m_lhs == rhs; }
  template <typename RhsT> bool operator!=(RhsT const &rhs) const { return m_lhs != rhs; }
};

struct Decomposer {
  template <typename T> auto operator<=(T const &lhs) -> ExprLhs<T const &> {
    return ExprLhs<T const &>{lhs};
  }
};

class AssertionHandler {
public:
  AssertionHandler(StringRef const &macroName, SourceLineInfo const &lineInfo,
                   StringRef capturedExpression, ResultDisposition::Flags resultDisposition);
  ~AssertionHandler();
  template <typename T> void handleExpr(T const &expr);
  bool allowThrows() const;
  void handleUnexpectedExceptionNotThrown();
  void handleExceptionThrownAsExpected();
  void handleThrowingCallSkipped();
};

} // namespace Catch

#define INTERNAL_CATCH_UNIQUE_NAME_LINE2(name, line) name##line
#define INTERNAL_CATCH_UNIQUE_NAME_LINE(name, line) INTERNAL_CATCH_UNIQUE_NAME_LINE2(name, line)
#define INTERNAL_CATCH_UNIQUE_NAME(name) INTERNAL_CATCH_UNIQUE_NAME_LINE(name, __COUNTER__)
#define INTERNAL_CATCH_REMOVE_PARENS(...) __VA_ARGS__
#define CATCH_INTERNAL_STRINGIFY(...) #__VA_ARGS__
#define CATCH_INTERNAL_LINEINFO                                                                  \
  ::Catch::SourceLineInfo(__FILE__, static_cast<std::size_t>(__LINE__))

#define INTERNAL_CATCH_TESTCASE2(TestName, ...)                                                  \
  static void TestName();                                                                        \
  namespace {                                                                                    \
  Catch::AutoReg INTERNAL_CATCH_UNIQUE_NAME(autoRegistrar)(Catch::makeTestInvoker(&TestName),    \
                                                           CATCH_INTERNAL_LINEINFO,              \
                                                           Catch::StringRef(),                   \
                                                           Catch::NameAndTags{__VA_ARGS__});     \
  } /* NOLINT */                                                                                 \
  static void TestName()
#define INTERNAL_CATCH_TESTCASE(...)                                                             \
  INTERNAL_CATCH_TESTCASE2(INTERNAL_CATCH_UNIQUE_NAME(____C_A_T_C_H____T_E_S_T____), __VA_ARGS__)

#define INTERNAL_CATCH_TEST_CASE_METHOD2(TestName, ClassName, ...)                               \
  namespace {                                                                                    \
  struct TestName : INTERNAL_CATCH_REMOVE_PARENS(ClassName) {                                    \
    void test();                                                                                 \
  };                                                                                             \
  Catch::AutoReg INTERNAL_CATCH_UNIQUE_NAME(autoRegistrar)(                                      \
      Catch::makeTestInvoker(&TestName::test), CATCH_INTERNAL_LINEINFO, #ClassName,              \
      Catch::NameAndTags{__VA_ARGS__}); /* NOLINT */                                             \
  }                                                                                              \
  void TestName::test()
#define INTERNAL_CATCH_TEST_CASE_METHOD(ClassName, ...)                                          \
  INTERNAL_CATCH_TEST_CASE_METHOD2(                                                              \
      INTERNAL_CATCH_UNIQUE_NAME(____C_A_T_C_H____T_E_S_T____C_L_A_S_S____), ClassName,          \
      __VA_ARGS__)

#define INTERNAL_CATCH_SECTION(...)                                                              \
  if (Catch::Section const &INTERNAL_CATCH_UNIQUE_NAME(catch_internal_Section) =                 \
          Catch::SectionInfo(CATCH_INTERNAL_LINEINFO, __VA_ARGS__))

#define INTERNAL_CATCH_TEST(macroName, resultDisposition, ...)                                   \
  do {                                                                                           \
    Catch::AssertionHandler catchAssertionHandler(macroName, CATCH_INTERNAL_LINEINFO,            \
                                                  CATCH_INTERNAL_STRINGIFY(__VA_ARGS__),         \
                                                  resultDisposition);                            \
    catchAssertionHandler.handleExpr(Catch::Decomposer() <= __VA_ARGS__);                        \
  } while (false)

// The statement runs inside try/catch; the assertion passes when it throws.
#define INTERNAL_CATCH_THROWS(macroName, resultDisposition, ...)                                 \
  do {                                                                                           \
    Catch::AssertionHandler catchAssertionHandler(macroName, CATCH_INTERNAL_LINEINFO,            \
                                                  CATCH_INTERNAL_STRINGIFY(__VA_ARGS__),         \
                                                  resultDisposition);                            \
    if (catchAssertionHandler.allowThrows())                                                     \
      try {                                                                                      \
        static_cast<void>(__VA_ARGS__);                                                          \
        catchAssertionHandler.handleUnexpectedExceptionNotThrown();                              \
      } catch (...) {                                                                            \
        catchAssertionHandler.handleExceptionThrownAsExpected();                                 \
      }                                                                                          \
    else                                                                                         \
      catchAssertionHandler.handleThrowingCallSkipped();                                         \
  } while (false)
#define INTERNAL_CATCH_THROWS_AS(macroName, exceptionType, resultDisposition, expr)              \
  do {                                                                                           \
    Catch::AssertionHandler catchAssertionHandler(macroName, CATCH_INTERNAL_LINEINFO,            \
                                                  CATCH_INTERNAL_STRINGIFY(expr),                \
                                                  resultDisposition);                            \
    if (catchAssertionHandler.allowThrows())                                                     \
      try {                                                                                      \
        static_cast<void>(expr);                                                                 \
        catchAssertionHandler.handleUnexpectedExceptionNotThrown();                              \
      } catch (exceptionType const &) {                                                          \
        catchAssertionHandler.handleExceptionThrownAsExpected();                                 \
      }                                                                                          \
    else                                                                                         \
      catchAssertionHandler.handleThrowingCallSkipped();                                         \
  } while (false)

#define TEST_CASE(...) INTERNAL_CATCH_TESTCASE(__VA_ARGS__)
#define TEST_CASE_METHOD(className, ...) INTERNAL_CATCH_TEST_CASE_METHOD(className, __VA_ARGS__)
#define SECTION(...) INTERNAL_CATCH_SECTION(__VA_ARGS__)
#define REQUIRE(...) INTERNAL_CATCH_TEST("REQUIRE", Catch::ResultDisposition::Normal, __VA_ARGS__)
#define REQUIRE_THROWS(...)                                                                      \
  INTERNAL_CATCH_THROWS("REQUIRE_THROWS", Catch::ResultDisposition::Normal, __VA_ARGS__)
#define CHECK_THROWS_AS(expr, exceptionType)                                                     \
  INTERNAL_CATCH_THROWS_AS("CHECK_THROWS_AS", exceptionType,                                     \
                           Catch::ResultDisposition::ContinueOnFailure, expr)
#define CHECK(...)                                                                               \
  INTERNAL_CATCH_TEST("CHECK", Catch::ResultDisposition::ContinueOnFailure, __VA_ARGS__)
