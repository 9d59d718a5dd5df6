// Map members (std::map<std::string, T>) through every layer: decode, encode,
// validate, DOM interop and equality, against the generic headers alone.
#include <neptune_graph/error.hpp>
#include <neptune_graph/json/decode.hpp>
#include <neptune_graph/json/dom.hpp>
#include <neptune_graph/json/encode.hpp>
#include <neptune_graph/model/equality.hpp>
#include <neptune_graph/model/open_enum.hpp>
#include <neptune_graph/model/tagged_union.hpp>
#include <neptune_graph/validate/aws_message.hpp>
#include <neptune_graph/validate/constraint.hpp>
#include <neptune_graph/validate/validate.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#ifdef NEPTUNE_GRAPH_SERVICE_ENUMS_HPP
#error "this test must not see the service's model"
#endif

namespace ng = neptune_graph;
namespace bj = boost::json;

// ---------------------------------------------------------------------------
// A made-up model with map members

namespace toy {

// Shapes outside the library's namespace name its operators and DOM
// conversions here, so that ADL finds them for these types.
using neptune_graph::operator==;
using neptune_graph::operator!=;
using neptune_graph::tag_invoke;

enum class Color { red, green };
BOOST_DESCRIBE_ENUM(Color, red, green)

struct Prop
{
    std::string kind;                 // required
    std::optional<std::int32_t> size;
};
BOOST_DESCRIBE_STRUCT(Prop, (), (kind, size))

struct Label
{
    std::map<std::string, Prop> props;
    std::optional<std::vector<std::string>> aliases;
};
BOOST_DESCRIBE_STRUCT(Label, (), (props, aliases))

struct Filter
{
    std::map<std::string, Label> byLabel;
};
BOOST_DESCRIBE_STRUCT(Filter, (), (byLabel))

struct ByName
{
    std::map<std::string, std::string> names;
};
BOOST_DESCRIBE_STRUCT(ByName, (), (names))

struct ById
{
    std::int64_t id = 0;
};
BOOST_DESCRIBE_STRUCT(ById, (), (id))

enum class PickMember { byName, byId };
BOOST_DESCRIBE_ENUM(PickMember, byName, byId)
using Pick = ng::tagged_union<PickMember, ByName, ById>;

struct Doc
{
    std::string name;
    std::map<std::string, std::string> tags;                               // plain: absent is empty
    std::optional<std::map<std::string, std::int32_t>> counts;
    std::optional<Filter> filter;
    std::optional<std::map<std::string, std::map<std::string, bool>>> flags;  // a map of maps
    std::optional<std::map<std::string, ng::open_enum<Color>>> colors;
    std::optional<std::map<std::string, std::vector<std::string>>> lists;
    std::optional<std::map<std::string, Pick>> picks;
    std::optional<std::vector<std::string>> items;
};
BOOST_DESCRIBE_STRUCT(Doc, (), (name, tags, counts, filter, flags, colors, lists, picks, items))

inline constexpr char tag_key_text[] = "[a-z][a-z0-9-]*";
inline constexpr char kind_text[] = "[A-Z]+";
inline constexpr char item_text[] = "[a-z]+";

} // namespace toy

namespace neptune_graph {
template <> struct constraints_of<toy::Doc>
{
    static constexpr auto rules = std::make_tuple(
        rule(&toy::Doc::tags, length{0, 3}, each_key(pattern<toy::tag_key_text>{}, length{1, 8}),
             each_value(length{0, 5})),
        rule(&toy::Doc::counts, length{1, 10}, each_value(range{0, 100})),
        rule(&toy::Doc::flags, each_value(length{1, 2}, each_key(length{1, 3}))),
        rule(&toy::Doc::items, length{0, 4}, each_value(pattern<toy::item_text>{}, length{1, 3})));
};
template <> struct constraints_of<toy::Prop>
{
    static constexpr auto rules = std::make_tuple(rule(&toy::Prop::kind, required{}, pattern<toy::kind_text>{}),
                                                  rule(&toy::Prop::size, range{1, 10}));
};
} // namespace neptune_graph

static_assert(ng::detail::is_map<std::map<std::string, int>>::value, "");
static_assert(ng::detail::is_map<std::map<std::string, std::map<std::string, toy::Prop>>>::value, "");
static_assert(!ng::detail::is_map<std::map<int, int>>::value, "JSON keys are strings");
static_assert(!ng::detail::is_map<std::map<std::string, int, std::greater<>>>::value, "");
static_assert(!ng::detail::is_map<std::vector<std::string>>::value, "");
static_assert(!ng::detail::is_map<std::optional<std::map<std::string, int>>>::value, "");

namespace {

toy::Doc sample()
{
    toy::Doc d;
    d.name = "n";
    d.tags = {{"env", "prod"}, {"a b", "x"}, {"\xc3\xa9t\xc3\xa9", "\"q\""}};
    d.counts = std::map<std::string, std::int32_t>{{"z", -1}, {"a", 2}};
    toy::Label person;
    person.props = {{"name", {"STRING", 3}}, {"first name", {"STRING", std::nullopt}}};
    person.aliases = std::vector<std::string>{"p"};
    d.filter = toy::Filter{{{"person", person}, {"empty", toy::Label{}}}};
    d.flags = std::map<std::string, std::map<std::string, bool>>{{"x", {{"on", true}, {"off", false}}}, {"y", {}}};
    d.colors = std::map<std::string, ng::open_enum<toy::Color>>{{"sky", toy::Color::green}};
    d.lists = std::map<std::string, std::vector<std::string>>{{"l", {"a", "b"}}};
    d.picks = std::map<std::string, toy::Pick>{{"one", toy::Pick{toy::ById{7}}},
                                                 {"two", toy::Pick{toy::ByName{{{"k", "v"}}}}}};
    return d;
}

// The encoding of sample(): map entries in key order (bytewise), keys escaped.
char const* const sample_json =
    R"({"name":"n","tags":{"a b":"x","env":"prod","été":"\"q\""},"counts":{"a":2,"z":-1},)"
    R"("filter":{"byLabel":{"empty":{"props":{}},"person":{"props":{"first name":{"kind":"STRING"},)"
    R"("name":{"kind":"STRING","size":3}},"aliases":["p"]}}},)"
    R"("flags":{"x":{"off":false,"on":true},"y":{}},"colors":{"sky":"green"},"lists":{"l":["a","b"]},)"
    R"("picks":{"one":{"byId":{"id":7}},"two":{"byName":{"names":{"k":"v"}}}}})";

ng::error fails(std::string_view json, ng::decode_options const& o = {})
{
    auto r = ng::decode<toy::Doc>(json, o);
    REQUIRE_FALSE(r.has_value());
    return r.error();
}

toy::Doc ok(std::string_view json, ng::decode_options const& o = {})
{
    auto r = ng::decode<toy::Doc>(json, o);
    if(!r)
        FAIL(r.error().what());
    return *r;
}

std::vector<ng::violation> check(toy::Doc const& d)
{
    return ng::validate(d);
}

} // namespace

// ---------------------------------------------------------------------------
// Decoding and encoding

TEST_CASE("maps round trip, in key order, nested maps of structs of maps too", "[maps][codec]")
{
    toy::Doc const d = sample();
    auto text = ng::encode(d);
    REQUIRE(text.has_value());
    CHECK(*text == sample_json);
    auto back = ng::decode<toy::Doc>(*text);
    REQUIRE(back.has_value());
    CHECK(*back == d);
    CHECK(back->filter->byLabel.at("person").props.at("first name").kind == "STRING");

    // Input order does not matter; output is in key order.
    auto shuffled = ok(R"({"name":"n","counts":{"z":-1,"a":2}})");
    CHECK(ng::encode(shuffled).value() == R"({"name":"n","tags":{},"counts":{"a":2,"z":-1}})");

    ng::encode_options pretty;
    pretty.pretty = true;
    toy::Doc small;
    small.tags = {{"a", "1"}, {"b", "2"}};
    CHECK(ng::encode(small, pretty).value() == "{\n  \"name\": \"\",\n  \"tags\": {\n    \"a\": \"1\",\n"
                                                "    \"b\": \"2\"\n  }\n}");
}

TEST_CASE("an empty map is {}, an absent or null one is empty or absent", "[maps][codec]")
{
    toy::Doc e = ok(R"({"tags":{},"counts":{},"flags":{"x":{}}})");
    CHECK(e.tags.empty());
    REQUIRE(e.counts.has_value());
    CHECK(e.counts->empty());
    CHECK(e.flags->at("x").empty());
    CHECK(ng::encode(e).value() == R"({"name":"","tags":{},"counts":{},"flags":{"x":{}}})");

    toy::Doc n = ok(R"({"tags":null,"counts":null,"filter":{"byLabel":null}})");
    CHECK(n.tags.empty());
    CHECK_FALSE(n.counts.has_value());
    CHECK(n.filter->byLabel.empty());
    CHECK(ok("{}") == toy::Doc{});
}

TEST_CASE("map keys: unicode, escapes, in JSON and in paths", "[maps][codec]")
{
    SECTION("keys are unescaped on the way in and escaped by the writer on the way out")
    {
        toy::Doc d = ok(R"({"tags":{"\u00e9":"1","q\"uote":"2","new\nline":"3","tab\t":"4","\u0001":"5","\ud83d\ude00":"6"}})");
        CHECK(d.tags == std::map<std::string, std::string>{{"\xc3\xa9", "1"},
                                                           {"q\"uote", "2"},
                                                           {"new\nline", "3"},
                                                           {"tab\t", "4"},
                                                           {"\x01", "5"},
                                                           {"\xf0\x9f\x98\x80", "6"}});
        CHECK(ng::encode(d).value() ==
              "{\"name\":\"\",\"tags\":{\"\\u0001\":\"5\",\"new\\nline\":\"3\",\"q\\\"uote\":\"2\","
              "\"tab\\t\":\"4\",\"\xc3\xa9\":\"1\",\"\xf0\x9f\x98\x80\":\"6\"}}");
        CHECK(ok(ng::encode(d).value()) == d);
    }
    SECTION("error paths name the key: plain keys after a dot, others quoted in brackets")
    {
        auto e = fails(R"({"tags":{"env":1}})");
        CHECK(e.code == ng::errc::type_mismatch);
        CHECK(e.path == "$.tags.env");
        e = fails(R"({"tags":{"a b":1}})");
        CHECK(e.path == "$.tags[\"a b\"]");
        e = fails(R"({"tags":{"q\"uo\\te":1}})");
        CHECK(e.path == R"($.tags["q\"uo\\te"])");
        e = fails(R"({"tags":{"\u00e9t\u00e9":1}})");  // unescaped by the parser, not in the input
        CHECK(e.path == "$.tags[\"\xc3\xa9t\xc3\xa9\"]");
        e = fails(R"({"tags":{"2x":1}})");
        CHECK(e.path == "$.tags[\"2x\"]");
        e = fails(R"({"tags":{"":1}})");
        CHECK(e.path == "$.tags[\"\"]");
    }
    SECTION("a key the parser delivers in parts is whole in the path")
    {
        // An escaped key longer than the parser's buffer arrives in parts.
        std::string const long_key = std::string(5000, 'k') + "\\n" + std::string(5000, 'k');
        std::string const decoded = std::string(5000, 'k') + "\n" + std::string(5000, 'k');
        auto e = fails(R"({"counts":{")" + long_key + R"(":"x"}})");
        CHECK(e.code == ng::errc::type_mismatch);
        CHECK(e.path == "$.counts[\"" + decoded + "\"]");
        toy::Doc d = ok(R"({"counts":{")" + long_key + R"(":1}})");
        CHECK(d.counts->at(decoded) == 1);
    }
}

TEST_CASE("a key repeated in one map is refused, in nested maps too", "[maps][codec]")
{
    std::string const doc = R"({"tags":{"a":"1","b":"2","a":"3"}})";
    auto e = fails(doc);
    CHECK(e.code == ng::errc::duplicate_key);
    CHECK(e.message == "duplicate key 'a'");
    CHECK(e.path == "$.tags.a");
    CHECK(e.offset == doc.find(R"("a":"3")") + 2);  // at the repeated key's closing quote

    // A null value drops the entry, but its key still counts.
    e = fails(R"({"tags":{"a":null,"a":"x"}})");
    CHECK(e.code == ng::errc::duplicate_key);
    e = fails(R"({"tags":{"a":"x","a":null}})");
    CHECK(e.code == ng::errc::duplicate_key);

    e = fails(R"({"filter":{"byLabel":{"person":{"props":{"first name":{"kind":"A"},"first name":{}}}}}})");
    CHECK(e.code == ng::errc::duplicate_key);
    CHECK(e.message == "duplicate key 'first name'");
    CHECK(e.path == R"($.filter.byLabel.person.props["first name"])");
    e = fails(R"({"flags":{"x":{"k":true,"k":false}}})");
    CHECK(e.code == ng::errc::duplicate_key);
    CHECK(e.path == "$.flags.x.k");
    // Keys are quoted as every message quotes values.
    e = fails("{\"tags\":{\"it's\":\"1\",\"it's\":\"2\"}}");
    CHECK(e.message == R"(duplicate key 'it\'s')");

    // The same key in two maps, or in a map and the struct around it, is no duplicate.
    toy::Doc d = ok(R"({"flags":{"x":{"k":true},"y":{"k":false}},"tags":{"tags":"t","name":"n"},"name":"m"})");
    CHECK(d.flags->at("y").at("k") == false);
    CHECK(d.tags.at("name") == "n");
    CHECK(d.name == "m");
}

TEST_CASE("a null value is no entry, as a null element is no element", "[maps][codec]")
{
    std::string const long_key(40, 'k');  // a key the string holds on the heap
    toy::Doc d = ok(R"({"tags":{"a":null,"b":"x",")" + long_key + R"(":null,"c":"y"},)"
                    R"("flags":{"x":null,"y":{"k":null}},"counts":{"n":null}})");
    CHECK(d.tags == std::map<std::string, std::string>{{"b", "x"}, {"c", "y"}});
    CHECK(d.flags == std::map<std::string, std::map<std::string, bool>>{{"y", {}}});
    CHECK(d.counts == std::map<std::string, std::int32_t>{});
    toy::Doc only_nulls = ok(R"({"tags":{"a":null,"b":null}})");
    CHECK(only_nulls.tags.empty());
}

TEST_CASE("a map holds only what the document says", "[maps][codec]")
{
    toy::Doc d = sample();
    d.tags = {{"stale", "1"}, {"keep", "old"}};
    REQUIRE(ng::decode_into(d, R"({"tags":{"keep":"new","z":"2"},"counts":{"a":1}})").has_value());
    CHECK(d.tags == std::map<std::string, std::string>{{"keep", "new"}, {"z", "2"}});
    CHECK(d.counts == std::map<std::string, std::int32_t>{{"a", 1}});  // "z" was there before
    CHECK_FALSE(d.filter.has_value());

    REQUIRE(ng::decode_into(d, R"({"tags":{}})").has_value());
    CHECK(d.tags.empty());
    CHECK_FALSE(d.counts.has_value());

    d = sample();
    REQUIRE(ng::decode_into(d, R"({"filter":{"byLabel":{"person":{"props":{"x":{"kind":"K"}}}}}})").has_value());
    CHECK(d.filter->byLabel.size() == 1);
    CHECK(d.filter->byLabel.at("person").props.size() == 1);
    CHECK_FALSE(d.filter->byLabel.at("person").aliases.has_value());

    d = sample();
    REQUIRE_FALSE(ng::decode_into(d, R"({"tags":{"a":"1","b":2}})").has_value());
    CHECK(d == toy::Doc{});  // nothing partially decoded is left
}

TEST_CASE("values of the wrong JSON type: the path and offset of the value", "[maps][codec]")
{
    struct bad
    {
        std::string json;
        std::string token;  // the parser stops at it or within it
        std::string path;
        std::string message;
    };
    bad const cases[] = {
        {R"({"tags":["a"]})", "[", "$.tags", "expected an object, got an array"},
        {R"({"tags":"a"})", R"("a")", "$.tags", "expected an object, got a string"},
        {R"({"counts":7})", "7", "$.counts", "expected an object, got a number"},
        {R"({"tags":{"a":"1","b":{}}})", "{}", "$.tags.b", "expected a string, got an object"},
        {R"({"counts":{"a":"1"}})", R"("1")", "$.counts.a", "expected an integer, got a string"},
        {R"({"flags":{"x":{"on":1}}})", "1", "$.flags.x.on", "expected a boolean, got a number"},
        {R"({"flags":{"x":[]}})", "[", "$.flags.x", "expected an object, got an array"},
        {R"({"lists":{"l":["a",2]}})", "2", "$.lists.l[1]", "expected a string, got a number"},
        {R"({"filter":{"byLabel":{"p q":{"props":{"name":{"kind":"K","size":true}}}}}})", "true",
         R"($.filter.byLabel["p q"].props.name.size)", "expected an integer, got a boolean"},
        {R"({"picks":{"one":{"byId":{"id":"x"}}}})", R"("x")", "$.picks.one.byId.id", "expected an integer, got a string"},
        {R"({"picks":{"two":{"byName":{"names":{"k":5}}}}})", "5", "$.picks.two.byName.names.k",
         "expected a string, got a number"},
    };
    for(auto const& c : cases)
    {
        CAPTURE(c.json);
        auto e = fails(c.json);
        CHECK(e.code == ng::errc::type_mismatch);
        CHECK(e.path == c.path);
        CHECK(e.message == c.message);
        std::size_t const at = c.json.find(c.token);
        REQUIRE(at != std::string::npos);
        CHECK(e.offset >= at);
        CHECK(e.offset <= at + c.token.size());
    }
    // Exactly where the parser stopped, for two of them.
    CHECK(fails(R"({"tags":["a"]})").offset == 8);           // at '['
    CHECK(fails(R"({"counts":{"a":1.5}})").offset == 18);    // after the number
    CHECK(fails(R"({"counts":{"a":1.5}})").path == "$.counts.a");
    CHECK(fails(R"({"counts":{"a":1.5}})").code == ng::errc::not_integer);
    CHECK(fails(R"({"counts":{"a":2147483648}})").code == ng::errc::out_of_range);
    CHECK(fails(R"({"picks":{"one":{"byId":{"id":1},"byName":{"names":{}}}}})").path == "$.picks.one.byName");
}

TEST_CASE("limits: entries of a map, bytes of a key", "[maps][codec]")
{
    ng::decode_options o;
    SECTION("max_list_size bounds the entries of each map")
    {
        o.max_list_size = 2;
        CHECK(ok(R"({"tags":{"a":"1","b":"2"},"flags":{"x":{"p":true,"q":true},"y":{}}})", o).tags.size() == 2);
        auto e = fails(R"({"tags":{"a":"1","b":"2","c":"3"}})", o);
        CHECK(e.code == ng::errc::list_too_long);
        CHECK(e.message == "map longer than 2 entries");
        CHECK(e.path == "$.tags.c");
        e = fails(R"({"flags":{"x":{"p":true,"q":true,"r b":true}}})", o);
        CHECK(e.code == ng::errc::list_too_long);
        CHECK(e.path == R"($.flags.x["r b"])");
        // Null entries count: they are held until the map closes.
        e = fails(R"({"tags":{"a":null,"b":null,"c":null}})", o);
        CHECK(e.code == ng::errc::list_too_long);
    }
    SECTION("max_string_size bounds keys and values; a key too long is reported at its map")
    {
        o.max_string_size = 6;  // room for "counts"
        CHECK(ok(R"({"tags":{"abcdef":"abcdef"}})", o).tags.at("abcdef") == "abcdef");
        auto e = fails(R"({"tags":{"abcdefg":"1"}})", o);
        CHECK(e.code == ng::errc::string_too_long);
        CHECK(e.message == "string longer than 6 bytes");
        CHECK(e.path == "$.tags");
        e = fails(R"({"tags":{"a":"1","abcdefg":"1"}})", o);  // not at the entry before it
        CHECK(e.path == "$.tags");
        e = fails(R"({"tags":{"a":"abcdefg"}})", o);
        CHECK(e.code == ng::errc::string_too_long);
        CHECK(e.path == "$.tags.a");
        e = fails(R"({"tags":{"\u00e9\u00e9\u00e9\u00e9":"1"}})", o);  // 8 bytes once unescaped
        CHECK(e.code == ng::errc::string_too_long);
        CHECK(e.path == "$.tags");
    }
}

TEST_CASE("strict decoding holds inside map values", "[maps][codec]")
{
    ng::decode_options strict;
    strict.strict = true;
    std::string const missing = R"({"name":"n","tags":{},"filter":{"byLabel":{"person":{"props":{"first name":{"size":1}}}}}})";
    CHECK(ok(missing).filter->byLabel.at("person").props.at("first name").kind.empty());
    auto e = fails(missing, strict);
    CHECK(e.code == ng::errc::missing_member);
    CHECK(e.path == R"($.filter.byLabel.person.props["first name"])");
    CHECK(e.message == "object is missing required member 'kind'");

    std::string const color = R"({"name":"n","tags":{},"colors":{"sky":"blue"}})";
    CHECK(ok(color).colors->at("sky").str() == "blue");  // kept, as unknown enum values are
    e = fails(color, strict);
    CHECK(e.code == ng::errc::unknown_enum_value);
    CHECK(e.path == "$.colors.sky");
    CHECK(e.message == "'blue' is not in the enum value set [red, green]");

    // A server lists every absent required member, those in map values too.
    toy::Doc d;
    std::vector<ng::absent_member> absent;
    REQUIRE(ng::decode_members_into<ng::detail::all_members<toy::Doc>()>(
                d, R"({"filter":{"byLabel":{"p":{"props":{"a b":{},"c":{"kind":"K"}}}}}})", {}, &absent)
                .has_value());
    REQUIRE(absent.size() == 3);
    CHECK(absent[0].path == R"($.filter.byLabel.p.props["a b"].kind)");
    CHECK(absent[1].path == "$.name");
    CHECK(absent[2].path == "$.tags");
}

TEST_CASE("encoding refuses a key that is not UTF-8, and names the key of a bad value", "[maps][codec]")
{
    toy::Doc d;
    d.tags = {{"ok", "1"}, {"b\xff", "2"}};
    auto e = ng::encode(d);
    REQUIRE_FALSE(e.has_value());
    CHECK(e.error().code == ng::errc::invalid_utf8);
    CHECK(e.error().path == "$.tags");
    CHECK(e.error().message == "key is not valid UTF-8 (byte 1)");

    d.tags = {{"a b", "\xc3"}};
    e = ng::encode(d);
    REQUIRE_FALSE(e.has_value());
    CHECK(e.error().code == ng::errc::invalid_utf8);
    CHECK(e.error().path == R"($.tags["a b"])");

    toy::Doc n;
    n.filter = toy::Filter{{{"p", toy::Label{{{"x y", toy::Prop{"\xe2\x82", std::nullopt}}}, std::nullopt}}}};
    e = ng::encode(n);
    REQUIRE_FALSE(e.has_value());
    CHECK(e.error().path == R"($.filter.byLabel.p.props["x y"].kind)");

    toy::Doc c;
    c.colors = std::map<std::string, ng::open_enum<toy::Color>>{{"k", static_cast<toy::Color>(9)}};
    e = ng::encode(c);
    REQUIRE_FALSE(e.has_value());
    CHECK(e.error().code == ng::errc::invalid_value);
    CHECK(e.error().path == "$.colors.k");

    toy::Doc u;
    u.picks = std::map<std::string, toy::Pick>{{"p", toy::Pick{ng::unknown_member{"other", "1"}}}};
    e = ng::encode(u);
    REQUIRE_FALSE(e.has_value());
    CHECK(e.error().code == ng::errc::unknown_union_member);
    CHECK(e.error().path == "$.picks.p");

    std::string out = "kept";
    CHECK_FALSE(ng::encode_to(out, d).has_value());
    CHECK(out == "kept");
}

// ---------------------------------------------------------------------------
// Validation

TEST_CASE("length on a map counts its entries", "[maps][validate]")
{
    toy::Doc d;
    d.tags = {{"a", "1"}, {"b", "2"}, {"c", "3"}};
    CHECK(check(d).empty());
    d.tags["d"] = "4";
    d.counts = std::map<std::string, std::int32_t>{};
    auto v = check(d);
    REQUIRE(v.size() == 2);
    CHECK(v[0].code == ng::validation_errc::length_above_maximum);
    CHECK(v[0].path == "$.tags");
    CHECK(v[0].member == "tags");
    CHECK(v[0].form == ng::value_form::none);
    CHECK(v[0].size == 4);
    CHECK(v[0].bound == "3");
    CHECK(v[0].message() == "map is too long: length 4 is above the maximum 3");
    CHECK(ng::aws_sentence(v[0]) ==
          "Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to 3");
    CHECK(v[1].code == ng::validation_errc::length_below_minimum);
    CHECK(v[1].path == "$.counts");
    CHECK(v[1].message() == "map is too short: length 0 is below the minimum 1");
    CHECK(ng::aws_sentence(v[1]) ==
          "Value at 'counts' failed to satisfy constraint: Member must have length greater than or equal to 1");

    // A list's length still reads as a list's.
    d = toy::Doc{};
    d.items = std::vector<std::string>{"a", "b", "c", "d", "e"};
    v = check(d);
    REQUIRE(v.size() == 1);
    CHECK(v[0].message() == "list is too long: length 5 is above the maximum 4");
}

TEST_CASE("each_key and each_value: every entry, at the entry's path, under the member's name", "[maps][validate]")
{
    toy::Doc d;
    d.tags = {{"bad key", "v"}, {"ok", "toolong"}, {"waytoolongkey", ""}};
    auto v = check(d);
    REQUIRE(v.size() == 3);  // the rule's constraints in order, each over every entry

    CHECK(v[0].code == ng::validation_errc::pattern_mismatch);
    CHECK(v[0].path == R"($.tags["bad key"])");
    CHECK(v[0].member == "tags");
    CHECK(v[0].form == ng::value_form::text);
    CHECK(v[0].value == "bad key");
    CHECK(v[0].what() == R"($.tags["bad key"]: value 'bad key' does not match pattern [a-z][a-z0-9-]*)");
    CHECK(ng::aws_sentence(v[0]) == R"(Value 'bad key' at 'tags["bad key"]' failed to satisfy constraint: )"
                                    "Member must satisfy regular expression pattern: [a-z][a-z0-9-]*");

    CHECK(v[1].code == ng::validation_errc::length_above_maximum);  // a key
    CHECK(v[1].path == "$.tags.waytoolongkey");
    CHECK(v[1].member == "tags");
    CHECK(v[1].message() == "value 'waytoolongkey' is too long: length 13 is above the maximum 8");
    CHECK(ng::aws_sentence(v[1]) == "Value 'waytoolongkey' at 'tags.waytoolongkey' failed to satisfy "
                                    "constraint: Member must have length less than or equal to 8");

    CHECK(v[2].code == ng::validation_errc::length_above_maximum);  // a value
    CHECK(v[2].path == "$.tags.ok");
    CHECK(v[2].member == "tags");
    CHECK(v[2].message() == "value 'toolong' is too long: length 7 is above the maximum 5");
    CHECK(ng::aws_sentence(v[2]) == "Value 'toolong' at 'tags.ok' failed to satisfy constraint: "
                                    "Member must have length less than or equal to 5");

    SECTION("keys count code points")
    {
        toy::Doc k;
        k.tags = {{"\xc3\xa9", "x"}};
        auto p = check(k);
        REQUIRE(p.size() == 1);
        CHECK(p[0].code == ng::validation_errc::pattern_mismatch);
        CHECK(p[0].path == "$.tags[\"\xc3\xa9\"]");
    }
    SECTION("each_value on integers, lists, and each_key inside each_value")
    {
        toy::Doc x;
        x.counts = std::map<std::string, std::int32_t>{{"a", 5}, {"b", -1}, {"c c", 101}};
        x.flags = std::map<std::string, std::map<std::string, bool>>{
            {"f", {}}, {"g", {{"abcd", true}, {"ab", false}}}, {"h", {{"a", true}, {"b", true}, {"c", true}}}};
        x.items = std::vector<std::string>{"ab", "Ab", "abcd", "x"};
        auto p = check(x);
        REQUIRE(p.size() == 7);
        CHECK(p[0].what() == "$.counts.b: value -1 is below the minimum 0");
        CHECK(p[0].member == "counts");
        CHECK(ng::aws_sentence(p[0]) == "Value '-1' at 'counts.b' failed to satisfy constraint: "
                                        "Member must have value greater than or equal to 0");
        CHECK(p[1].what() == R"($.counts["c c"]: value 101 is above the maximum 100)");
        CHECK(p[2].what() == "$.flags.f: map is too short: length 0 is below the minimum 1");
        CHECK(p[2].member == "flags");
        CHECK(ng::aws_sentence(p[2]) == "Value at 'flags.f' failed to satisfy constraint: "
                                        "Member must have length greater than or equal to 1");
        CHECK(p[3].what() == "$.flags.g.abcd: value 'abcd' is too long: length 4 is above the maximum 3");
        CHECK(p[3].member == "flags");
        CHECK(p[4].what() == "$.flags.h: map is too long: length 3 is above the maximum 2");
        CHECK(p[5].what() == "$.items[1]: value 'Ab' does not match pattern [a-z]+");
        CHECK(p[5].member == "items");
        CHECK(ng::aws_sentence(p[5]) == "Value 'Ab' at 'items[1]' failed to satisfy constraint: "
                                        "Member must satisfy regular expression pattern: [a-z]+");
        CHECK(p[6].what() == "$.items[2]: value 'abcd' is too long: length 4 is above the maximum 3");
    }
}

TEST_CASE("the validator walks into map values", "[maps][validate]")
{
    toy::Doc d;
    toy::Label l;
    l.props = {{"name", {"lower", 11}}, {"ok", {"OK", 1}}};
    d.filter = toy::Filter{{{"person", l}, {"first name", toy::Label{{{"x", {"", std::nullopt}}}, std::nullopt}}}};
    auto v = check(d);
    REQUIRE(v.size() == 3);
    CHECK(v[0].what() == R"($.filter.byLabel["first name"].props.x.kind: value '' does not match pattern [A-Z]+)");
    CHECK(v[0].member == "kind");
    CHECK(v[1].what() == "$.filter.byLabel.person.props.name.kind: value 'lower' does not match pattern [A-Z]+");
    CHECK(v[2].what() == "$.filter.byLabel.person.props.name.size: value 11 is above the maximum 10");
    CHECK(v[2].member == "size");
    CHECK(ng::aws_message(v) ==
          "3 validation errors detected: "
          R"(Value '' at 'filter.byLabel["first name"].props.x.kind' failed to satisfy constraint: )"
          "Member must satisfy regular expression pattern: [A-Z]+; "
          "Value 'lower' at 'filter.byLabel.person.props.name.kind' failed to satisfy constraint: "
          "Member must satisfy regular expression pattern: [A-Z]+; "
          "Value '11' at 'filter.byLabel.person.props.name.size' failed to satisfy constraint: "
          "Member must have value less than or equal to 10");

    // Enumerations in map values are held to their value set (strict).
    toy::Doc c;
    c.colors = std::map<std::string, ng::open_enum<toy::Color>>{{"a", toy::Color::red},
                                                               {"b", ng::open_enum<toy::Color>::from_string("blue")}};
    CHECK(check(c).empty());
    auto s = ng::validate(c, ng::validate_options{true});
    REQUIRE(s.size() == 1);
    CHECK(s[0].what() == "$.colors.b: value 'blue' is not in the enum value set [red, green]");
    CHECK(s[0].member == "colors");

    // Union members inside map values too.
    toy::Doc u;
    u.picks = std::map<std::string, toy::Pick>{{"p", toy::Pick{ng::unknown_member{"other", "1"}}}};
    CHECK(check(u).empty());
    auto su = ng::validate(u, ng::validate_options{true});
    REQUIRE(su.size() == 1);
    CHECK(su[0].path == "$.picks.p");
    CHECK(su[0].member == "picks");
}

// ---------------------------------------------------------------------------
// DOM interop and equality

TEST_CASE("value_from and value_to: maps by the codec's rules", "[maps][dom]")
{
    toy::Doc const d = sample();
    bj::value const jv = bj::value_from(d);
    CHECK(jv == bj::parse(sample_json));
    CHECK(jv.at("tags").at("a b") == "x");
    CHECK(bj::value_to<toy::Doc>(jv) == d);

    // The DOM's own parser resolved the repeated key; the rules apply to the rest.
    toy::Doc const n = bj::value_to<toy::Doc>(bj::parse(R"({"tags":{"a":"1","a":"2","b":null}})"));
    CHECK(n.tags == std::map<std::string, std::string>{{"a", "2"}});

    try
    {
        (void)bj::value_to<toy::Doc>(bj::parse(R"({"filter":{"byLabel":{"a b":{"props":{"p":{"size":"x"}}}}}})"));
        FAIL("value_to did not throw");
    }
    catch(ng::error_exception const& e)
    {
        CHECK(e.error().code == ng::errc::type_mismatch);
        CHECK(e.error().path == R"($.filter.byLabel["a b"].props.p.size)");
        CHECK(e.error().offset == 0);
    }
    auto t = bj::try_value_to<toy::Doc>(bj::parse(R"({"tags":[]})"));
    REQUIRE_FALSE(t.has_value());
    CHECK(t.error() == ng::errc::type_mismatch);

    // A key a DOM holds but JSON text cannot is refused, at the map.
    bj::value bad = bj::parse(R"({"tags":{}})");
    bad.at("tags").as_object()["b\xff"] = "x";
    auto r = ng::decode<toy::Doc>(bad);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == ng::errc::invalid_utf8);
    CHECK(r.error().path == "$.tags");
}

TEST_CASE("equality compares maps entry by entry", "[maps][model]")
{
    toy::Doc const a = sample();
    toy::Doc b = sample();
    CHECK(a == b);
    b.filter->byLabel.at("person").props.at("name").size = 4;  // deep inside a map value
    CHECK(a != b);
    b = sample();
    b.tags.erase("env");
    b.tags["env2"] = "prod";  // same values, another key
    CHECK(a != b);
    b = sample();
    b.flags->at("y")["k"] = false;
    CHECK_FALSE(a == b);
    b = sample();
    b.picks->at("one") = toy::Pick{toy::ById{8}};
    CHECK(a != b);
}
