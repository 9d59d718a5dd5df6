// The pattern engine of validate(): the ECMA-262 subset Smithy patterns use,
// matched against the whole value by a Thompson NFA in linear time.
#include <neptune_graph/validate/constraint.hpp>
#include <neptune_graph/validate/detail/pattern.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <functional>
#include <iterator>
#include <random>
#include <regex>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ng = neptune_graph;
namespace nd = neptune_graph::detail;

namespace {

// Room for every pattern of these tests; pattern<Text> sizes its own exactly.
constexpr std::size_t cap = 1024;
using test_nfa = nd::nfa<cap, cap>;

test_nfa compiled(std::string_view pattern) { return nd::compile_pattern<cap, cap>(pattern); }

bool full_match(std::string_view pattern, std::string_view text)
{
    return compiled(pattern).matches(text);
}

// The message of the std::logic_error compiling `pattern` throws ("" if none).
std::string refusal(std::string_view pattern)
{
    try
    {
        nd::measure_pattern(pattern);
    }
    catch(std::logic_error const& e)
    {
        return e.what();
    }
    return "";
}

std::string repeat(std::string_view s, std::size_t n)
{
    std::string r;
    r.reserve(s.size() * n);
    for(std::size_t i = 0; i < n; ++i)
        r += s;
    return r;
}

constexpr char task_id[] = "t-[a-z0-9]{10}";
constexpr char role_arn[] = R"(arn:aws[^:]*:iam::\d{12}:(role|role/service-role)(/[\w+=,.@-]+)+)";

} // namespace

TEST_CASE("a pattern matches the whole value, never a part of it")
{
    using TaskId = ng::pattern<task_id>;
    CHECK(TaskId::text == "t-[a-z0-9]{10}");
    CHECK(TaskId::matches("t-0123456789"));
    CHECK(TaskId::matches("t-abcdefghij"));
    CHECK(TaskId::matches("t-a1b2c3d4e5"));

    CHECK_FALSE(TaskId::matches(""));
    CHECK_FALSE(TaskId::matches("t-"));
    CHECK_FALSE(TaskId::matches("t-012345678"));     // 9 characters
    CHECK_FALSE(TaskId::matches("t-01234567890"));   // 11 characters
    CHECK_FALSE(TaskId::matches("t-ABCDEFGHIJ"));    // upper case
    CHECK_FALSE(TaskId::matches("T-0123456789"));
    CHECK_FALSE(TaskId::matches("xt-0123456789"));   // junk before
    CHECK_FALSE(TaskId::matches("t-0123456789x"));   // junk after
    CHECK_FALSE(TaskId::matches(" t-0123456789"));
    CHECK_FALSE(TaskId::matches("t-0123456789\n"));
    CHECK_FALSE(TaskId::matches("t-0123456789t-0123456789"));
    CHECK_FALSE(TaskId::matches(std::string("t-01234\0""6789", 12)));
}

TEST_CASE("pattern<Text> is compiled while the program is compiled")
{
    constexpr nd::nfa_size size = nd::measure_pattern(task_id);
    constexpr auto program = nd::compile_pattern<size.states, size.ranges>(task_id);
    static_assert(program.states[program.accept].op == nd::nfa_op::accept, "");
    CHECK(program.matches("t-0123456789"));
    CHECK_FALSE(program.matches("t-012345678"));
    // `t`, `-`, and ten copies of the two ranges of [a-z0-9].
    CHECK(size.ranges == 22);
}

TEST_CASE("literals and the dot")
{
    CHECK(full_match("abc", "abc"));
    CHECK_FALSE(full_match("abc", "abd"));
    CHECK_FALSE(full_match("abc", "ab"));
    CHECK(full_match("", ""));
    CHECK_FALSE(full_match("", "a"));

    SECTION("the dot is any code point but a line terminator")
    {
        CHECK(full_match("a.c", "abc"));
        CHECK(full_match("a.c", "a c"));
        CHECK(full_match("a.c", "a\tc"));
        CHECK(full_match("a.c", "a\xC3\xA9" "c"));          // é: one code point, two bytes
        CHECK(full_match("a.c", "a\xF0\x9F\x98\x80" "c"));  // U+1F600: four bytes
        CHECK_FALSE(full_match("a.c", "a\nc"));
        CHECK_FALSE(full_match("a.c", "a\rc"));
        CHECK_FALSE(full_match("a.c", "a\xE2\x80\xA8" "c"));  // U+2028
        CHECK_FALSE(full_match("a.c", "a\xE2\x80\xA9" "c"));  // U+2029
        CHECK_FALSE(full_match("a.c", "ac"));
    }

    SECTION("code points, not bytes")
    {
        CHECK(full_match(".{3}", "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"));  // é € 😀
        CHECK_FALSE(full_match(".{3}", "\xC3\xA9\xE2\x82\xAC"));
        CHECK(full_match("\xC3\xA9+", "\xC3\xA9\xC3\xA9"));       // a multibyte literal, repeated
        CHECK_FALSE(full_match("\xC3\xA9+", "\xC3\xA9\xC3"));
        CHECK(full_match("[\xC3\xA0-\xC3\xBF]{2}", "\xC3\xA9\xC3\xBF"));  // à-ÿ
        CHECK_FALSE(full_match("[\xC3\xA0-\xC3\xBF]", "\xC3\x9F"));       // ß is before à
    }

    SECTION("an invalid UTF-8 byte is a character only the dot and negations match")
    {
        CHECK(full_match("a.b", "a\xFF" "b"));
        CHECK(full_match("a[^x]b", "a\xC3" "b"));
        CHECK(full_match("a\\Wb", "a\x80" "b"));
        CHECK(full_match("a.b", "a\xED\xA0\x80" "b") == false);  // a surrogate is three bad bytes
        CHECK(full_match("a...b", "a\xED\xA0\x80" "b"));
        CHECK_FALSE(full_match("a[\xC3\x80-\xF4\x8F\xBF\xBF]b", "a\xFF" "b"));  // U+00C0..U+10FFFF
    }
}

TEST_CASE("escapes")
{
    SECTION("class escapes")
    {
        CHECK(full_match("\\d{3}", "042"));
        CHECK_FALSE(full_match("\\d", "a"));
        CHECK_FALSE(full_match("\\d", "\xD9\xA3"));  // ARABIC-INDIC DIGIT THREE: ECMA \d is ASCII only
        CHECK(full_match("\\w+", "az_AZ09"));
        CHECK_FALSE(full_match("\\w", "-"));
        CHECK_FALSE(full_match("\\w", "\xC3\xA9"));
        CHECK(full_match("\\s", " "));
        CHECK(full_match("\\s", "\t"));
        CHECK(full_match("\\s", "\xC2\xA0"));      // NO-BREAK SPACE
        CHECK(full_match("\\s", "\xE3\x80\x80"));  // IDEOGRAPHIC SPACE
        CHECK(full_match("\\s", "\xEF\xBB\xBF"));  // BOM
        CHECK_FALSE(full_match("\\s", "x"));
        CHECK(full_match("\\D\\W\\S", "a-x"));
        CHECK_FALSE(full_match("\\D", "5"));
        CHECK_FALSE(full_match("\\W", "_"));
        CHECK_FALSE(full_match("\\S", " "));
    }

    SECTION("escaped punctuation is itself")
    {
        CHECK(full_match("a\\.b", "a.b"));
        CHECK_FALSE(full_match("a\\.b", "axb"));
        CHECK(full_match("\\-\\/\\\\", "-/\\"));
        CHECK(full_match("\\(\\)\\[\\]\\{\\}\\*\\+\\?\\|\\^\\$", "()[]{}*+?|^$"));
    }

    SECTION("control escapes")
    {
        CHECK(full_match("\\t\\n\\r\\f\\v", "\t\n\r\f\v"));
    }
}

TEST_CASE("character classes")
{
    CHECK(full_match("[abc]", "b"));
    CHECK_FALSE(full_match("[abc]", "d"));
    CHECK(full_match("[a-c]", "c"));
    CHECK_FALSE(full_match("[a-c]", "d"));
    CHECK(full_match("[^a-c]", "d"));
    CHECK_FALSE(full_match("[^a-c]", "a"));
    CHECK(full_match("[^a-c]", "\n"));  // a negated class matches line terminators

    SECTION("a '-' first or last is literal")
    {
        CHECK(full_match("[-a]", "-"));
        CHECK(full_match("[a-]", "-"));
        CHECK_FALSE(full_match("[a-]", "b"));
        CHECK(full_match("[^-]", "a"));
        CHECK_FALSE(full_match("[^-]", "-"));
    }

    SECTION("`+-=` is a range, as in the TagKey pattern")
    {
        CHECK(full_match("[+-=]", "+"));
        CHECK(full_match("[+-=]", "0"));  // between + (0x2B) and = (0x3D)
        CHECK(full_match("[+-=]", ":"));
        CHECK_FALSE(full_match("[+-=]", "a"));
    }

    SECTION("escapes inside a class")
    {
        CHECK(full_match("[\\w+=,.@-]+", "My_Role+=,.@-9"));
        CHECK_FALSE(full_match("[\\w+=,.@-]", "/"));
        CHECK_FALSE(full_match("[\\w+=,.@-]", ":"));
        CHECK(full_match("[\\d.]+", "1.5"));
        CHECK(full_match("[\\].]", "]"));
        CHECK(full_match("[\\\\]", "\\"));
        CHECK(full_match("[\\b]", "\b"));  // in a class, \b is a backspace
        CHECK(full_match("[\\D]", "x"));
        CHECK_FALSE(full_match("[\\D]", "7"));
        CHECK(full_match("[^\\D]", "7"));  // not a non-digit: a digit
        CHECK_FALSE(full_match("[^\\D]", "x"));
        CHECK(full_match("[\\S\\s]", "\n"));
        CHECK(full_match("[.]", "."));
        CHECK_FALSE(full_match("[.]", "x"));  // a dot in a class is a dot
    }

    SECTION("an empty class matches nothing, its negation anything")
    {
        CHECK_FALSE(full_match("[]", "a"));
        CHECK_FALSE(full_match("a[]", "a"));
        CHECK(full_match("[^]", "\n"));
    }
}

TEST_CASE("groups and alternation")
{
    CHECK(full_match("role|role/service-role", "role"));
    CHECK(full_match("role|role/service-role", "role/service-role"));
    CHECK_FALSE(full_match("role|role/service-role", "role/"));
    CHECK(full_match("a(b|c)d", "acd"));
    CHECK_FALSE(full_match("a(b|c)d", "ad"));
    CHECK(full_match("a(?:b|c)d", "abd"));
    CHECK(full_match("(a|)b", "b"));
    CHECK(full_match("(a|)b", "ab"));
    CHECK(full_match("()", ""));
    CHECK(full_match("a||b", ""));
    CHECK(full_match("((a|b)(c|d))+", "adbcac"));
    CHECK_FALSE(full_match("((a|b)(c|d))+", "adbca"));
    // The first alternative matching a prefix does not stop the search.
    CHECK(full_match("(a|ab)(c|bcd)", "abcd"));
}

TEST_CASE("quantifiers")
{
    SECTION("* + ?")
    {
        CHECK(full_match("ab*c", "ac"));
        CHECK(full_match("ab*c", "abbbc"));
        CHECK_FALSE(full_match("ab+c", "ac"));
        CHECK(full_match("ab+c", "abc"));
        CHECK(full_match("ab?c", "ac"));
        CHECK(full_match("ab?c", "abc"));
        CHECK_FALSE(full_match("ab?c", "abbc"));
    }

    SECTION("{n} {n,} {n,m}")
    {
        CHECK(full_match("a{3}", "aaa"));
        CHECK_FALSE(full_match("a{3}", "aa"));
        CHECK_FALSE(full_match("a{3}", "aaaa"));
        CHECK_FALSE(full_match("a{2,}", "a"));
        CHECK(full_match("a{2,}", "aa"));
        CHECK(full_match("a{2,}", std::string(500, 'a')));
        CHECK_FALSE(full_match("a{2,4}", "a"));
        CHECK(full_match("a{2,4}", "aa"));
        CHECK(full_match("a{2,4}", "aaaa"));
        CHECK_FALSE(full_match("a{2,4}", "aaaaa"));
        CHECK(full_match("a{0}", ""));
        CHECK_FALSE(full_match("a{0}", "a"));
        CHECK(full_match("a{0,0}b", "b"));
        CHECK(full_match("a{0,2}", ""));
        CHECK(full_match("a{1,1}", "a"));
        CHECK(full_match("x{0,}", "xxxx"));
    }

    SECTION("repeating a group re-parses it: nested counts multiply")
    {
        CHECK(full_match("(a{2}){3}", "aaaaaa"));
        CHECK_FALSE(full_match("(a{2}){3}", "aaaaa"));
        CHECK(full_match("(ab|c){2,3}", "abcab"));
        CHECK_FALSE(full_match("(ab|c){2,3}", "ab"));
        CHECK(full_match("([a-c]\\d){2}", "a1c2"));
    }

    SECTION("a lazy quantifier matches the same whole values")
    {
        CHECK(full_match("a*?b", "aab"));
        CHECK(full_match("a+?", "aaa"));
        CHECK(full_match("a??", ""));
        CHECK(full_match("a{1,3}?", "aaa"));
    }

    SECTION("loops that can match nothing end")
    {
        CHECK(full_match("(a*)*", ""));
        CHECK(full_match("(a*)*", "aaaa"));
        CHECK(full_match("(a*)+b", "b"));
        CHECK(full_match("(a?)*", "aa"));
        CHECK(full_match("(|a)*", "aaa"));
        CHECK_FALSE(full_match("(a*)*", "ab"));
    }
}

TEST_CASE("syntax outside the subset is refused with std::logic_error")
{
    CHECK(refusal("^a") == "pattern: anchors are not supported (a pattern always matches the whole value)");
    CHECK(refusal("a$") == refusal("^a"));
    CHECK(refusal("(?=a)") == "pattern: lookaround and named groups are not supported");
    CHECK(refusal("(?!g-)[a-z]+") == refusal("(?=a)"));
    CHECK(refusal("(?<n>a)") == refusal("(?=a)"));
    CHECK(refusal("(a)\\1") ==
          "pattern: unsupported escape (backreference, assertion, \\u, \\x, \\c, \\p or \\0)");
    CHECK(refusal("\\bword") == refusal("(a)\\1"));
    CHECK(refusal("\\u0041") == refusal("(a)\\1"));
    CHECK(refusal("\\x41") == refusal("(a)\\1"));
    CHECK(refusal("\\0") == refusal("(a)\\1"));
    CHECK(refusal("\\p{L}") == refusal("(a)\\1"));
    CHECK(refusal("[\\u0041]") == refusal("(a)\\1"));
    CHECK(refusal("*a") == "pattern: nothing to repeat");
    CHECK(refusal("a|*") == "pattern: nothing to repeat");
    CHECK(refusal("(+)") == "pattern: nothing to repeat");
    CHECK(refusal("a**") == "pattern: nothing to repeat (a quantifier follows a quantifier)");
    CHECK(refusal("a{2}*") == refusal("a**"));
    CHECK(refusal("a*??") == refusal("a**"));
    CHECK(refusal("a{2,1}") == "pattern: {n,m} with m below n");
    CHECK(refusal("a{,2}") == "pattern: '{' starts no {n}, {n,} or {n,m} quantifier");
    CHECK(refusal("a{") == refusal("a{,2}"));
    CHECK(refusal("a{2") == refusal("a{,2}"));
    CHECK(refusal("a{x}") == refusal("a{,2}"));
    CHECK(refusal("a{1001}") == "pattern: a repeat count above 1000");
    CHECK(refusal("a{1000}") == "");
    CHECK(refusal("(a") == "pattern: missing ')'");
    CHECK(refusal("a)") == "pattern: unmatched ')'");
    CHECK(refusal("[a") == "pattern: missing ']'");
    CHECK(refusal("[z-a]") == "pattern: range out of order in a class");
    CHECK(refusal("[\\d-z]") == "pattern: a class escape cannot end a range");
    CHECK(refusal("[a-\\w]") == refusal("[\\d-z]"));
    CHECK(refusal("]") == "pattern: unescaped ']' or '}'");
    CHECK(refusal("}") == refusal("]"));
    CHECK(refusal("a\\") == "pattern: trailing backslash");
    CHECK(refusal("[a\\") == refusal("a\\"));
    CHECK(refusal("a\xFF") == "pattern: invalid UTF-8");
    CHECK(refusal("(a{1000}){5}") == "pattern: more than 4096 NFA states");
    CHECK(refusal(repeat("(", 70) + "a" + repeat(")", 70)) == "pattern: groups nested more than 64 deep");
    CHECK(refusal(repeat("(", 60) + "a" + repeat(")", 60)) == "");

    // The writer refuses to overflow arrays smaller than measured.
    CHECK_THROWS_AS((nd::compile_pattern<3, 1>("abc")), std::logic_error);
    CHECK_THROWS_AS((nd::compile_pattern<64, 1>("abc")), std::logic_error);
}

TEST_CASE("measuring a pattern gives exactly the arrays its compilation fills")
{
    for(std::string_view p : {"t-[a-z0-9]{10}", "g-[a-z0-9]{10}",
                              R"(arn:aws[^:]*:iam::\d{12}:(role|role/service-role)(/[\w+=,.@-]+)+)",
                              "(a|b){2,5}c*", "[^\\D\\s]+", ""})
    {
        INFO(p);
        nd::nfa_size const n = nd::measure_pattern(p);
        CHECK(n.states > 0);
        test_nfa const full = compiled(p);
        CHECK(full.states[n.states - 1].op == nd::nfa_op::accept);  // the last state added
        CHECK(full.accept == n.states - 1);
    }
}

TEST_CASE("matching is linear in the input, whatever the pattern")
{
    // Patterns that take exponential time in a backtracking engine on a run
    // of 'a' that fails at its end. A simulation visits each state at most
    // once per code point: `steps` never passes states x (length + 1).
    std::string const mb = std::string(1 << 20, 'a');
    std::string const mb_fail = mb + "!";
    struct case_
    {
        char const* pattern;
        std::string const* text;
        bool match;
    };
    case_ const cases[] = {
        {"(a|a)*b", &mb, false},         {"(a*)*b", &mb, false},
        {"(a+)+b", &mb, false},          {"(a|aa)*c", &mb, false},
        {"(.*)*x", &mb, false},          {"(a|a?)+b", &mb, false},
        {"(\\w+\\w+)+y", &mb, false},    {"(a|a)*", &mb, true},
        {"(a+)+", &mb, true},            {"a*a*a*a*a*a*a*a*", &mb, true},
        {"[a-z]*", &mb, true},           {"(a{0,4}){1,4}a*", &mb, true},
        {"(a|a)*", &mb_fail, false},     {"(.*a){8}", &mb, true},
    };
    for(auto const& c : cases)
    {
        INFO(c.pattern);
        test_nfa const p = compiled(c.pattern);
        std::size_t const states = nd::measure_pattern(c.pattern).states;
        std::size_t steps = 0;
        CHECK(p.matches(*c.text, steps) == c.match);
        CHECK(steps <= states * (c.text->size() + 1));
        CHECK(steps >= c.text->size());  // it did read the input
    }

    SECTION("the RoleArn pattern over a 1 MB role path")
    {
        using RoleArn = ng::pattern<role_arn>;
        std::string arn = "arn:aws:iam::123456789012:role";
        for(int i = 0; i < (1 << 20) / 8; ++i)
            arn += "/a.b@c-d";
        CHECK(RoleArn::matches(arn));
        CHECK_FALSE(RoleArn::matches(arn + "/"));
        CHECK_FALSE(RoleArn::matches(arn + ":"));
        std::string partition = "arn:aws" + std::string(1 << 20, 'x') + ":iam::123456789012:role/r";
        CHECK(RoleArn::matches(partition));
        CHECK_FALSE(RoleArn::matches(partition.substr(0, partition.size() - 2)));
    }
}

TEST_CASE("the engine agrees with std::regex_match on random patterns")
{
    // ECMAScript std::regex as the reference (it backtracks: short inputs
    // only). The alphabet stays ASCII, where bytes and code points agree.
    std::mt19937 rng(20231129);
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    std::function<std::string(int)> alternation;
    auto atom = [&](int depth) -> std::string {
        static char const* const leaves[] = {"a", "b", ".", "[ab]", "[^a]", "[a-c]", "\\w", "c"};
        if(depth > 0 && pick(4) == 0)
            return (pick(2) ? "(" : "(?:") + alternation(depth - 1) + ")";
        return leaves[pick(std::size(leaves))];
    };
    auto sequence = [&](int depth) {
        static char const* const quantifiers[] = {"", "", "", "*", "+", "?", "{2}", "{0,2}", "{1,}", "*?"};
        std::string s;
        for(std::size_t n = 1 + pick(3); n > 0; --n)
            s += atom(depth) + quantifiers[pick(std::size(quantifiers))];
        return s;
    };
    alternation = [&](int depth) {
        std::string s = sequence(depth);
        while(pick(3) == 0)
            s += "|" + sequence(depth);
        return s;
    };

    int matched = 0;
    for(int i = 0; i < 400; ++i)
    {
        std::string const pattern = alternation(2);
        std::regex const reference(pattern, std::regex::ECMAScript);
        test_nfa const nfa = compiled(pattern);
        for(int j = 0; j < 12; ++j)
        {
            std::string text;
            for(std::size_t n = pick(7); n > 0; --n)
                text += "abcd"[pick(4)];
            bool const expected = std::regex_match(text, reference);
            matched += expected;
            INFO("pattern " << pattern << " text '" << text << "'");
            REQUIRE(nfa.matches(text) == expected);
        }
    }
    CHECK(matched > 200);  // the comparison saw matches, not only failures
}
