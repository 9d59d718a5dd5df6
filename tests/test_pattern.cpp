// The pattern engine of validate(): the ECMA-262 subset Smithy patterns use,
// compiled to a Thompson NFA, run as bitsets (the matcher) and, for ASCII
// text, as a DFA, against the whole value in linear time.
#include <neptune_graph/validate/constraint.hpp>
#include <neptune_graph/validate/detail/pattern.hpp>
#include <neptune_graph/validate/detail/program.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <functional>
#include <iterator>
#include <memory>
#include <random>
#include <regex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ng = neptune_graph;
namespace nd = neptune_graph::detail;

namespace {

// Room for every pattern of these tests; pattern<Text> sizes its own exactly.
constexpr std::size_t cap = 1024;
using test_nfa = nd::nfa<cap, cap>;
// A DFA of up to 64 states over 16 byte classes, with its two-byte table;
// a pattern that needs more runs on the matcher alone, as it would anyway.
constexpr std::size_t dfa_cap = 64;
constexpr std::size_t class_cap = 16;
constexpr std::size_t pair_cap = (class_cap - 1) * (class_cap - 1) * dfa_cap;
using test_program = nd::program<cap, cap, dfa_cap, class_cap, pair_cap>;

// Compiled at run time, by the code pattern<Text> runs at compile time; too
// large for the stack of a test case, so on the heap.
std::unique_ptr<test_program> compiled(std::string_view pattern)
{
    auto const m = std::make_unique<nd::matcher<cap, cap>>(nd::compile_matcher<cap, cap, cap>(pattern));
    return std::make_unique<test_program>(nd::make_program<dfa_cap, class_cap, pair_cap>(*m));
}

// The matcher alone, without the DFA.
bool matcher_match(test_program const& p, std::string_view text, std::size_t& steps)
{
    return p.nfa.run(p.nfa.start, text, 0, steps);
}

// Whether `pattern` matches all of `text`; the DFA and the matcher alone must agree.
bool full_match(std::string_view pattern, std::string_view text)
{
    auto const p = compiled(pattern);
    std::size_t steps = 0;
    bool const alone = matcher_match(*p, text, steps);
    bool const both = p->matches(text);
    INFO("pattern " << pattern << " text '" << text << "'");
    CHECK(alone == both);
    return both;
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
constexpr char blowup[] = "(a|b)*a(a|b){8}";  // 2^9 sets of states: no DFA
constexpr char dots[] = "a.b.c";
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
    constexpr auto m = nd::compile_matcher<size.states, size.ranges, size.consumers>(task_id);
    constexpr nd::dfa_size dfa = nd::measure_dfa(m);
    constexpr auto program = nd::make_program<dfa.states, dfa.classes, dfa.pair_cells>(m);
    // `t`, `-`, and ten copies of the two ranges of [a-z0-9].
    static_assert(size.ranges == 22, "");
    // One consuming state a character: 12 bits and the accept bit, one word.
    static_assert(size.consumers == 12 && program.nfa.consumers == 12 && program.nfa.words == 1, "");
    // The DFA: no state, then the set before each of the 12 characters and after the last.
    static_assert(dfa.states == 14 && program.dfa.states == 14, "");
    static_assert(!program.nfa.accepts(program.dfa.sets[12]) && program.nfa.accepts(program.dfa.sets[13]), "");
    // Bytes the states tell apart: `t`, `-`, the rest of [a-z0-9], the rest of ASCII, past ASCII.
    static_assert(dfa.classes == 5 && dfa.pair_cells == 14 * 4 * 4, "");
    CHECK(program.matches("t-0123456789"));
    CHECK_FALSE(program.matches("t-012345678"));
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

TEST_CASE("a leading negative lookahead: no prefix of the value matches it")
{
    SECTION("the empty prefix and the whole value are prefixes")
    {
        CHECK_FALSE(full_match("(?!a*)b", "b"));  // a* matches the empty prefix
        CHECK_FALSE(full_match("(?!)a", "a"));
        CHECK(full_match("(?!a)", ""));
        CHECK_FALSE(full_match("(?!a)", "a"));
        CHECK_FALSE(full_match("(?!ab)\\w+", "ab"));  // the whole value
        CHECK_FALSE(full_match("(?!ab)\\w+", "abc"));
        CHECK(full_match("(?!ab)\\w+", "a"));          // a prefix of X is not X
        CHECK(full_match("(?!ab)\\w+", "ba"));         // X elsewhere is not a prefix
        CHECK(full_match("(?!ab)\\w+", "aab"));
        CHECK(full_match("(?!.{3})\\w*", "ab"));      // values shorter than 3
        CHECK_FALSE(full_match("(?!.{3})\\w*", "abc"));
    }

    SECTION("the lookahead refuses; it never makes a value match")
    {
        CHECK_FALSE(full_match("(?!x)a", "x"));
        CHECK_FALSE(full_match("(?!x)a", "b"));
        CHECK(full_match("(?!x)a", "a"));
        CHECK(full_match("(?!a|b)\\w+", "c"));
        CHECK_FALSE(full_match("(?!a|b)\\w+", "b"));
        CHECK(full_match("(?!a)(?:a|b)", "b"));
        CHECK_FALSE(full_match("(?!a)(?:a|b)", "a"));
        CHECK(full_match("(?![ab]+c)[a-c]+", "abab"));
        CHECK_FALSE(full_match("(?![ab]+c)[a-c]+", "ababcab"));
        CHECK(full_match("(?![ab]+c)[a-c]+", "cab"));
    }

    SECTION("past ASCII, where the matcher takes over from the DFA")
    {
        CHECK_FALSE(full_match("(?!\xC3\xA9)..", "\xC3\xA9" "a"));
        CHECK(full_match("(?!\xC3\xA9)..", "a\xC3\xA9"));
        CHECK_FALSE(full_match("(?!a.b)\\S+", "a\xC3\xA9" "b\xC3\xA9"));  // X matches after the hand-over
        CHECK(full_match("(?!a.b)\\S+", "a\xC3\xA9" "c"));
        CHECK_FALSE(full_match("(?!a.)[^]*", "a\xFF" "bc"));  // an invalid byte is a character too
        CHECK(full_match("(?!a.)[^]*", "a"));
    }

    SECTION("the DFA stops where the lookahead matches")
    {
        auto const p = compiled("(?!x-)[a-z-]*");
        std::string const text = "x-" + std::string(1 << 20, 'a');
        std::size_t steps = 0;
        CHECK_FALSE(p->matches(text, steps));
        CHECK(steps == 2);
        steps = 0;
        CHECK(p->matches(text.substr(1), steps));
        CHECK(steps == text.size() - 1);
        steps = 0;
        CHECK_FALSE(matcher_match(*p, text, steps));  // it reads on, linearly
        CHECK(steps <= text.size() * (1 + p->nfa.consumers * p->nfa.words));
    }
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
    CHECK(refusal("(?=a)") == "pattern: only a negative lookahead (?!...) that starts the pattern is supported"
                              " (no lookahead elsewhere, no (?=...), no lookbehind)");
    CHECK(refusal("(?<=a)b") == refusal("(?=a)"));
    CHECK(refusal("(?<!a)b") == refusal("(?=a)"));
    CHECK(refusal("a(?!b)") == refusal("(?=a)"));
    CHECK(refusal("((?!a)b)") == refusal("(?=a)"));
    CHECK(refusal("(?:(?!a)b)") == refusal("(?=a)"));
    CHECK(refusal("(?!a)(?!b)c") == refusal("(?=a)"));  // one lookahead, the first thing
    CHECK(refusal("(?!(?!a)b)c") == refusal("(?=a)"));  // none inside it
    CHECK(refusal("(?!(?=a))b") == refusal("(?=a)"));
    CHECK(refusal("(?!a)b|c") == "pattern: '|' after a leading (?!...): group the alternatives, (?!...)(?:a|b)");
    CHECK(refusal("(?!a)(?:b|c)") == "");
    CHECK(refusal("(?!a|b)c") == "");
    CHECK(refusal("(?!a)*b") == "pattern: nothing to repeat");
    CHECK(refusal("(?!a") == "pattern: missing ')'");
    CHECK(refusal("(?!a))") == "pattern: unmatched ')'");
    CHECK(refusal("(?<n>a)") == "pattern: named groups are not supported");
    CHECK(refusal("(?i)a") == "pattern: '(?' starts no (?:...) group");
    CHECK(refusal("(?") == refusal("(?i)a"));
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

    // The writer and the matcher's builder refuse to overflow arrays smaller than measured.
    CHECK_THROWS_AS((nd::compile_pattern<3, 1>("abc")), std::logic_error);
    CHECK_THROWS_AS((nd::compile_pattern<64, 1>("abc")), std::logic_error);
    CHECK_THROWS_AS((nd::compile_matcher<7, 3, 2>("abc")), std::logic_error);
    CHECK_NOTHROW(nd::compile_matcher<7, 3, 3>("abc"));
}

TEST_CASE("measuring a pattern gives exactly the arrays its compilation fills")
{
    for(std::string_view p : {"t-[a-z0-9]{10}", "g-[a-z0-9]{10}",
                              R"(arn:aws[^:]*:iam::\d{12}:(role|role/service-role)(/[\w+=,.@-]+)+)",
                              "(a|b){2,5}c*", "[^\\D\\s]+", "", "(?!x-)[a-z]+(-[a-z]+)*", "(?!)"})
    {
        INFO(p);
        nd::nfa_size const n = nd::measure_pattern(p);
        CHECK(n.states > 0);
        auto const full = std::make_unique<test_nfa>(nd::compile_pattern<cap, cap>(p));
        CHECK(full->states[n.states - 1].op == nd::nfa_op::accept);  // the last state added
        CHECK(full->accept == n.states - 1);
        std::size_t consumers = 0;
        for(nd::nfa_state const& s : full->states)
            consumers += s.op == nd::nfa_op::consume;
        CHECK(consumers == n.consumers);
        CHECK(compiled(p)->nfa.consumers == n.consumers);
    }
}

TEST_CASE("matching is linear in the input, whatever the pattern")
{
    // Patterns that take exponential time in a backtracking engine on a run
    // of 'a' that fails at its end. The DFA reads each byte once: `steps` is
    // at most the length. The matcher alone ORs at most one successor set
    // (`words` words) per consuming state and code point: `steps` never
    // passes length x (1 + consumers x words).
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
        {"(?!(a|a)*b)(a+)+", &mb, true}, {"(?!a*!)a*", &mb_fail, false},
    };
    for(auto const& c : cases)
    {
        INFO(c.pattern);
        auto const p = compiled(c.pattern);
        std::size_t const n = c.text->size();
        std::size_t steps = 0;
        CHECK(p->matches(*c.text, steps) == c.match);
        CHECK(steps == n);  // no pattern here stops early: each byte read once
        steps = 0;
        CHECK(matcher_match(*p, *c.text, steps) == c.match);
        CHECK(steps <= n * (1 + p->nfa.consumers * p->nfa.words));
        CHECK(steps >= n);  // it did read the input
    }

    SECTION("a pattern without a DFA")
    {
        using Blowup = ng::pattern<blowup>;
        std::string text = std::string(1 << 20, 'b') + "a" + std::string(8, 'a');
        CHECK(Blowup::matches(text));
        text.back() = 'c';
        CHECK_FALSE(Blowup::matches(text));
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

namespace {

constexpr char latin_code[] = "[a-z\xC3\xA0-\xC3\xBF]+-\\d{2}";  // letters, à to ÿ too
constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
constexpr char wide[] = "[a-z]{70}";  // 70 consuming states and the accept bit: two words
constexpr char pairs_of_pairs[] = "(ab|cd){40}x";

} // namespace

TEST_CASE("the DFA hands a value over to the matcher at its first byte past ASCII")
{
    using Latin = ng::pattern<latin_code>;
    auto const runtime = compiled(latin_code);
    // The byte past ASCII at every offset, odd and even: the two-byte steps
    // stop before it, the one-byte steps find it.
    struct case_
    {
        char const* text;
        bool match;
    };
    case_ const cases[] = {
        {"abc-12", true},
        {"\xC3\xA9-12", true},          // at 0
        {"a\xC3\xA9-12", true},         // at 1
        {"ab\xC3\xA9-12", true},        // at 2
        {"abc\xC3\xA9-12", true},       // at 3
        {"abcd\xC3\xA9x-12", true},     // at 4, ASCII after it
        {"abcd-1\xC3\xA9", false},      // \d is ASCII
        {"abcd-12\xC3\xA9", false},     // after a whole match
        {"ab\xC3\x9F-12", false},       // ß is not in à-ÿ
        {"ab\xFF-12", false},           // an invalid byte is no letter
        {"ab\xC3-12", false},           // nor is a cut sequence
        {"\xC3\xA9\xC3\xA9", false},
        {"-12", false},
        {"a-123", false},
    };
    for(auto const& c : cases)
    {
        INFO(c.text);
        CHECK(Latin::matches(c.text) == c.match);
        CHECK(runtime->matches(c.text) == c.match);
        std::size_t steps = 0;
        CHECK(matcher_match(*runtime, c.text, steps) == c.match);
    }

    SECTION("a byte the DFA takes to no state ends the match, wherever it is")
    {
        std::size_t steps = 0;
        CHECK_FALSE(runtime->matches("ab!cdefghij-12", steps));
        CHECK(steps == 3);  // two bytes, then the third alone
        steps = 0;
        CHECK_FALSE(runtime->matches("a!bcdefghij-12", steps));
        CHECK(steps == 2);  // the first byte, then the second alone
    }

    SECTION("`.` past ASCII")
    {
        using Dots = ng::pattern<dots>;
        CHECK(Dots::matches("a\xE2\x82\xAC" "b\xF0\x9F\x98\x80" "c"));
        CHECK(Dots::matches("axb\xFF" "c"));
        CHECK_FALSE(Dots::matches("a\xE2\x80\xA8" "bxc"));  // U+2028 is a line terminator
    }
}

TEST_CASE("patterns too large for a DFA, or for its two-byte table, match the same")
{
    SECTION("64 consuming states or more: the matcher alone, on sets of several words")
    {
        constexpr nd::nfa_size size = nd::measure_pattern(wide);
        static_assert(size.consumers == 70, "");
        static_assert(nd::matcher<size.consumers, size.ranges>::words == 2, "");
        using Wide = ng::pattern<wide>;
        std::string const letters = repeat("abcdefghij", 7);
        CHECK(Wide::matches(letters));
        CHECK_FALSE(Wide::matches(letters.substr(1)));
        CHECK_FALSE(Wide::matches(letters + "a"));
        CHECK_FALSE(Wide::matches(letters.substr(1) + "A"));

        using Pairs = ng::pattern<pairs_of_pairs>;  // 161 consuming states: three words
        std::string const forty = repeat("ab", 20) + repeat("cd", 19) + "ab";
        CHECK(Pairs::matches(forty + "x"));
        CHECK_FALSE(Pairs::matches(forty));
        CHECK_FALSE(Pairs::matches(forty.substr(2) + "x"));
        CHECK_FALSE(Pairs::matches(forty + "abx"));
        CHECK_FALSE(Pairs::matches(repeat("ac", 40) + "x"));
    }

    SECTION("too many sets of states: no DFA")
    {
        constexpr nd::nfa_size size = nd::measure_pattern(blowup);
        constexpr auto m = nd::compile_matcher<size.states, size.ranges, size.consumers>(blowup);
        static_assert(nd::measure_dfa(m).states == 0, "");
        using Blowup = ng::pattern<blowup>;
        // An `a` ninth from the end.
        CHECK(Blowup::matches("abbbbbbbb"));
        CHECK(Blowup::matches("babbbbbbbb"));
        CHECK_FALSE(Blowup::matches("abbbbbbbbb"));
        CHECK_FALSE(Blowup::matches("bbbbbbbbb"));
        CHECK_FALSE(Blowup::matches("aaaaaaaa"));
    }

    SECTION("too many states x byte classes squared: one byte a step")
    {
        constexpr nd::nfa_size size = nd::measure_pattern(alphabet);
        constexpr auto m = nd::compile_matcher<size.states, size.ranges, size.consumers>(alphabet);
        constexpr nd::dfa_size dfa = nd::measure_dfa(m);
        static_assert(dfa.states == 38 && dfa.classes == 38 && dfa.pair_cells == 0, "");
        using Alphabet = ng::pattern<alphabet>;
        CHECK(Alphabet::matches(alphabet));
        CHECK_FALSE(Alphabet::matches("abcdefghijklmnopqrstuvwxyz012345678"));
        CHECK_FALSE(Alphabet::matches("abcdefghijklmnopqrstuvwxyz01234567899"));
        CHECK_FALSE(Alphabet::matches("abcdefghijklmnopqrstuvwxyz012345678\xC3\xA9"));
    }

    SECTION("a DFA larger than the arrays given it is left out")
    {
        constexpr nd::nfa_size size = nd::measure_pattern(task_id);
        constexpr auto m = nd::compile_matcher<size.states, size.ranges, size.consumers>(task_id);
        constexpr auto small = nd::make_program<8, 5, 0>(m);  // 14 states are needed
        static_assert(small.dfa.states == 0, "");
        CHECK(small.matches("t-0123456789"));
        CHECK_FALSE(small.matches("t-012345678"));
    }
}

TEST_CASE("the engine agrees with std::regex_match on random patterns")
{
    // ECMAScript std::regex as the reference (it backtracks: short inputs
    // only). The alphabet stays ASCII, where bytes and code points agree.
    std::mt19937 rng(20231129);
    std::mt19937 text_rng(7);
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    std::function<std::string(int)> alternation;
    auto atom = [&](int depth) -> std::string {
        static char const* const leaves[] = {"a", "b", ".", "[ab]", "[^a]", "[a-c]", "\\w", "c"};
        if(depth > 0 && pick(4) == 0)
        {
            // One statement per draw: the order of the operands of `+` is
            // the compiler's, and each order draws other patterns.
            std::string inner = alternation(depth - 1);
            char const* open = pick(2) ? "(" : "(?:";
            return open + inner + ")";
        }
        return leaves[pick(std::size(leaves))];
    };
    auto sequence = [&](int depth) {
        static char const* const quantifiers[] = {"", "", "", "*", "+", "?", "{2}", "{0,2}", "{1,}", "*?"};
        std::string s;
        for(std::size_t n = 1 + pick(3); n > 0; --n)
        {
            char const* quantifier = quantifiers[pick(std::size(quantifiers))];
            s += atom(depth) + quantifier;
        }
        return s;
    };
    alternation = [&](int depth) {
        std::string s = sequence(depth);
        while(pick(3) == 0)
            s += "|" + sequence(depth);
        return s;
    };

    int matched = 0;
    int with_dfa = 0;
    for(int i = 0; i < 400; ++i)
    {
        std::string const pattern = alternation(2);
        std::regex const reference(pattern, std::regex::ECMAScript);
        auto const program = compiled(pattern);
        with_dfa += program->dfa.states != 0;
        for(int j = 0; j < 12; ++j)
        {
            std::string text;
            for(std::size_t n = pick(7); n > 0; --n)
                text += "abcd"[pick(4)];
            bool const expected = std::regex_match(text, reference);
            matched += expected;
            INFO("pattern " << pattern << " text '" << text << "'");
            REQUIRE(program->matches(text) == expected);
            std::size_t steps = 0;
            REQUIRE(matcher_match(*program, text, steps) == expected);
        }
        // Past ASCII std::regex counts bytes, not code points: there the
        // DFA, which hands over to the matcher, is checked against the
        // matcher. (Its own generator: std::regex backtracks, and some
        // patterns of another sequence would take it minutes.)
        for(int j = 0; j < 12; ++j)
        {
            static std::string const bytes[] = {"a", "b", "c", "\xC3\xA9", "\n", "\xFF", "\xE2\x82\xAC"};
            std::string text;
            for(std::size_t n = text_rng() % 7; n > 0; --n)
                text += bytes[text_rng() % std::size(bytes)];
            INFO("pattern " << pattern << " text '" << text << "'");
            std::size_t steps = 0;
            REQUIRE(program->matches(text) == matcher_match(*program, text, steps));
        }
    }
    CHECK(matched > 200);   // the comparison saw matches, not only failures
    CHECK(with_dfa > 300);  // and mostly the DFA, the matcher alone sometimes
    CHECK(with_dfa < 400);

    // `(?!X)Y`: X any pattern, Y a sequence (a top-level '|' would leave the
    // lookahead guarding its first alternative only, which is refused).
    int refused = 0;  // values Y matches that the lookahead refuses
    matched = 0;
    for(int i = 0; i < 300; ++i)
    {
        std::string const guarded = pick(2) ? sequence(2) : "(?:" + alternation(2) + ")";
        std::string const pattern = "(?!" + alternation(1) + ")" + guarded;
        std::regex const reference(pattern, std::regex::ECMAScript);
        std::regex const body(guarded, std::regex::ECMAScript);
        auto const program = compiled(pattern);
        for(int j = 0; j < 12; ++j)
        {
            std::string text;
            for(std::size_t n = pick(7); n > 0; --n)
                text += "abcd"[pick(4)];
            bool const expected = std::regex_match(text, reference);
            matched += expected;
            refused += !expected && std::regex_match(text, body);
            INFO("pattern " << pattern << " text '" << text << "'");
            REQUIRE(program->matches(text) == expected);
            std::size_t steps = 0;
            REQUIRE(matcher_match(*program, text, steps) == expected);
        }
    }
    CHECK(matched > 200);
    CHECK(refused > 200);
}

namespace {

// Patterns of the Neptune Analytics model.
constexpr char graph_name[] = "(?!g-)[a-z][a-z0-9]*(-[a-z0-9]+)*";
constexpr char tag_key[] = "[a-zA-Z+-=._:/]+";
constexpr char kms_key_arn[] = "arn:aws[^:]*:kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}";
constexpr char export_data_type[] = R"((Any|Byte|Short|Int|Long|Float|Double|String|Bool|Boolean|Float\[\]|Double\[\]))";
constexpr char export_property_name[] = "[a-zA-Z0-9_]+";

// `P::matches(text)`, which std::regex_match on the same pattern and the
// run-time compilation must agree with.
template <class P>
bool model_match(std::string const& text)
{
    std::regex const reference(std::string(P::text), std::regex::ECMAScript);
    bool const m = P::matches(text);
    INFO(P::text << " '" << text << "'");
    CHECK(std::regex_match(text, reference) == m);
    CHECK(full_match(P::text, text) == m);
    return m;
}

} // namespace

TEST_CASE("the model's patterns")
{
    SECTION("GraphName: a leading (?!g-)")
    {
        using GraphName = ng::pattern<graph_name>;
        static_assert(GraphName::text == "(?!g-)[a-z][a-z0-9]*(-[a-z0-9]+)*", "");
        // One automaton: the body's 4 consuming states, `g`, `-` and the
        // lookahead's own; its DFA has one state more than the body's alone
        // (after a first `g`), and "g-" leads to no state.
        constexpr nd::nfa_size size = nd::measure_pattern(graph_name);
        constexpr auto m = nd::compile_matcher<size.states, size.ranges, size.consumers>(graph_name);
        constexpr nd::dfa_size dfa = nd::measure_dfa(m);
        static_assert(size.consumers == 7 && dfa.states == 6, "");
        constexpr auto program = nd::make_program<dfa.states, dfa.classes, dfa.pair_cells>(m);
        std::size_t steps = 0;
        CHECK_FALSE(program.matches("g-" + std::string(100, 'a'), steps));
        CHECK(steps == 2);
        for(char const* ok : {"g", "g1", "gx-1", "graph-1", "a", "a-b-c", "my-graph-2024", "gg-1", "g0-g-1"})
            CHECK(model_match<GraphName>(ok));
        for(char const* no : {"g-abc", "g-", "g-1", "-a", "a--b", "a-", "Abc", "", "1a", "a_b", "g0-g-",
                              "graph\xC3\xA9", "g-\xC3\xA9"})
            CHECK_FALSE(model_match<GraphName>(no));

        // Every value of up to 6 characters over an alphabet that reaches
        // each part of the pattern, then longer ones at random.
        std::string const alphabet = "g-a0Z";
        std::regex const reference(graph_name, std::regex::ECMAScript);
        std::regex const body("[a-z][a-z0-9]*(-[a-z0-9]+)*", std::regex::ECMAScript);
        int matched = 0;
        int refused = 0;  // by the lookahead alone
        std::vector<std::string> texts{""};
        for(std::size_t k = 0; k < texts.size(); ++k)
            if(texts[k].size() < 6)
                for(char c : alphabet)
                    texts.push_back(texts[k] + c);
        std::mt19937 rng(11);
        for(int i = 0; i < 2000; ++i)
        {
            std::string text = "g";  // often the start the lookahead looks at
            if(rng() % 2)
                text += "-";
            for(std::size_t n = 5 + rng() % 20; n > 0; --n)
                text += alphabet[rng() % alphabet.size()];
            texts.push_back(text);
        }
        for(std::string const& text : texts)
        {
            bool const m = GraphName::matches(text);
            INFO("'" << text << "'");
            REQUIRE(std::regex_match(text, reference) == m);
            matched += m;
            refused += !m && std::regex_match(text, body);
        }
        CHECK(matched > 1000);
        CHECK(refused > 150);
    }

    SECTION("TagKey: `+-=` in a class is the range + to =")
    {
        using TagKey = ng::pattern<tag_key>;
        for(char const* ok : {"a,b", "1", ";", "<", "=", "+", "-", ".", "/", ":", "_", "Env", "aws:cloudformation/stack-name",
                              "0123456789", "a+b=c"})
            CHECK(model_match<TagKey>(ok));
        for(char const* no : {" ", "@", "~", "", "a b", ">", "?", "*", "\\", "[", "\xC3\xA9", "key\n"})
            CHECK_FALSE(model_match<TagKey>(no));
    }

    SECTION("KmsKeyArn")
    {
        using KmsKeyArn = ng::pattern<kms_key_arn>;
        std::string const key = "0123abcd-01ab-23cd-45ef-0123456789ab";  // 36 characters
        std::string const prefix = "arn:aws:kms:us-east-1:123456789012:key/";
        std::string const accepted[] = {
            prefix + key,
            "arn:aws-cn:kms:cn-north-1:123456789012:key/" + key,
            "arn:aws-us-gov:kms::000000000000:key/" + std::string(36, '-'),
        };
        for(std::string const& ok : accepted)
            CHECK(model_match<KmsKeyArn>(ok));
        std::string const refused[] = {
            prefix + key.substr(1),                                   // 35 characters
            prefix + key + "0",                                       // 37
            prefix + key.substr(1) + "_",                             // not in the class
            prefix + key + "\n",
            "arn:aws:kms:us-east-1:12345678901:key/" + key,           // 11 digits
            "arn:aws:kms:us-east-1:123456789012:alias/" + key,
            "arn:aws:iam:us-east-1:123456789012:key/" + key,
            "arn:aws:x:kms:us-east-1:123456789012:key/" + key,        // no ':' in the partition
            "arn:aws:kms:us_east_1:123456789012:key/" + key,
            "",
        };
        for(std::string const& no : refused)
            CHECK_FALSE(model_match<KmsKeyArn>(no));
    }

    SECTION("ExportFilterOutputDataType")
    {
        using DataType = ng::pattern<export_data_type>;
        for(char const* ok : {"Any", "Byte", "Short", "Int", "Long", "Float", "Double", "String", "Bool", "Boolean",
                              "Float[]", "Double[]"})
            CHECK(model_match<DataType>(ok));
        for(char const* no : {"", "float", "Float[", "Float]", "Int[]", "String[]", "AnyByte", "String ", "Booleans",
                              "Float\\[\\]"})
            CHECK_FALSE(model_match<DataType>(no));
    }

    SECTION("ExportFilterOutputPropertyName")
    {
        using PropertyName = ng::pattern<export_property_name>;
        for(char const* ok : {"a", "_", "name_1", "ABC123", "0"})
            CHECK(model_match<PropertyName>(ok));
        for(char const* no : {"", "a-b", "a b", "a.b", "\xC3\xA9", "name:1"})
            CHECK_FALSE(model_match<PropertyName>(no));
    }
}
