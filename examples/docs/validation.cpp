// The code blocks of docs/validation.md: the doc quotes the regions between
// `// [name]` and `// [/name]` below (the test docs_snippets keeps the two
// equal), and this program checks that they do what the doc says (the test
// docs_validation runs it).
#include <neptune_graph/neptune_graph.hpp>
#include <neptune_graph/validate.hpp>
// Rules and validation of this file's own shapes, in separate compilation too.
#include <neptune_graph/validate/constraint.hpp>
#include <neptune_graph/validate/validate.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "expect.hpp"

using docs::expect;
using docs::expect_eq;

// Constraints of your own shapes: a struct with a pattern and a range.
// [part]
struct Part { std::string sku; std::optional<std::int32_t> count; };
BOOST_DESCRIBE_STRUCT(Part, (), (sku, count))

inline constexpr char sku_pattern[] = "[A-Z]{3}-\\d+";

template <> struct neptune_graph::constraints_of<Part>
{
    static constexpr auto rules = std::make_tuple(
        rule(&Part::sku, required{}, pattern<sku_pattern>{}),
        rule(&Part::count, range{1, 1000}));
};
// [/part]

// A map and a list: the member's own rule, its keys and its values.
// [item]
struct Item { std::map<std::string, std::string> tags; std::vector<std::string> parts; };
BOOST_DESCRIBE_STRUCT(Item, (), (tags, parts))

inline constexpr char tag_key[] = "[a-z][a-z0-9-]*";

template <> struct neptune_graph::constraints_of<Item>
{
    static constexpr auto rules = std::make_tuple(
        rule(&Item::tags, length{0, 50}, each_key(pattern<tag_key>{}, length{1, 128}),
             each_value(length{0, 256})),
        rule(&Item::parts, each_value(length{1, 64})));  // a std::vector<std::string>
};
// [/item]

namespace {

namespace ng = neptune_graph;

// The first example of the doc: a ListImportTasks input that breaks two constraints.
void list_input()
{
    docs::capture out(std::cout);
    // [violations]
    namespace ng = neptune_graph;

    ng::ListImportTasksInput in;
    in.nextToken = "";
    in.maxResults = 101;

    std::vector<ng::violation> problems = ng::validate(in);
    for(ng::violation const& v : problems)
        std::cout << v.what() << '\n';
    // $.nextToken: value '' is too short: length 0 is below the minimum 1
    // $.maxResults: value 101 is above the maximum 100

    if(!problems.empty())
    {
        ng::ValidationException x = ng::to_validation_exception(problems);
        // x.reason  == CONSTRAINT_VIOLATION
        // x.message == "2 validation errors detected: Value '' at 'nextToken' failed to
        //   satisfy constraint: Member must have length greater than or equal to 1;
        //   Value '101' at 'maxResults' failed to satisfy constraint: Member must have
        //   value less than or equal to 100"
    }
    // [/violations]
    expect_eq(out.text(),
              "$.nextToken: value '' is too short: length 0 is below the minimum 1\n"
              "$.maxResults: value 101 is above the maximum 100\n",
              "the violations of ListImportTasksInput, as printed");
    if(!expect(problems.size() == 2, "two violations"))
        return;
    expect(problems[0].code == ng::validation_errc::length_below_minimum &&
               problems[1].code == ng::validation_errc::value_above_maximum,
           "the violations' codes");
    ng::ValidationException const x = ng::to_validation_exception(problems);
    expect(x.reason && *x.reason == ng::ValidationExceptionReason::CONSTRAINT_VIOLATION,
           "the ValidationException's reason is CONSTRAINT_VIOLATION");
    expect_eq(x.message,
              "2 validation errors detected: Value '' at 'nextToken' failed to satisfy constraint: "
              "Member must have length greater than or equal to 1; Value '101' at 'maxResults' "
              "failed to satisfy constraint: Member must have value less than or equal to 100",
              "the ValidationException's message");
    expect(ng::validate(ng::ListImportTasksInput{}).empty(), "an empty list means valid");
}

// The messages of a list of violations, one `what()` per line.
std::string whats(std::vector<ng::violation> const& list)
{
    std::string s;
    for(ng::violation const& v : list)
        s += v.what() + "\n";
    return s;
}

void part_rules()
{
    expect(ng::validate(Part{"ABC-12", 5}).empty(), "Part: a valid part has no violation");
    expect_eq(whats(ng::validate(Part{"abc-1", 0})),
              "$.sku: value 'abc-1' does not match pattern [A-Z]{3}-\\d+\n"
              "$.count: value 0 is below the minimum 1\n",
              "Part: the sku's pattern and the count's range");
    // Required means present: a plain member always is, and the empty string is
    // then held to its pattern.
    expect_eq(whats(ng::validate(Part{"", std::nullopt})),
              "$.sku: value '' does not match pattern [A-Z]{3}-\\d+\n",
              "Part: an empty sku is present, and does not match");
}

void item_rules()
{
    Item many;
    for(int i = 0; i < 51; ++i)
        many.tags["k" + std::to_string(100 + i)] = "v";
    std::vector<ng::violation> const too_many = ng::validate(many);
    if(expect(too_many.size() == 1, "Item: 51 tags are one violation"))
    {
        ng::violation const& v = too_many[0];
        expect(v.form == ng::value_form::none, "Item: the map's length shows no value");
        expect_eq(v.what(), "$.tags: map is too long: length 51 is above the maximum 50",
                  "Item: the map's length, in this library's words");
        expect_eq(ng::aws_sentence(v),
                  "Value at 'tags' failed to satisfy constraint: Member must have length less than "
                  "or equal to 50",
                  "Item: the map's length, in the AWS words");
    }

    Item bad;
    bad.tags["bad key"] = std::string(300, 'x');
    bad.tags["env"] = std::string(257, 'y');
    bad.parts = {"a", "b", ""};
    std::vector<ng::violation> const found = ng::validate(bad);
    if(!expect(found.size() == 4, "Item: four violations, not " + std::to_string(found.size())))
        return;
    // The rule's constraints in order (each_key over every entry, then each_value
    // over every entry, in key order), then the next rule.
    expect_eq(found[0].path, "$.tags[\"bad key\"]", "Item: a key's violation has the entry's path");
    expect(found[0].code == ng::validation_errc::pattern_mismatch && found[0].value == "bad key",
           "Item: the key breaks each_key's pattern; the value is the key");
    expect_eq(std::string(found[0].member), "tags", "Item: the member of a key's violation is the map");
    expect_eq(ng::aws_sentence(found[0]),
              "Value 'bad key' at 'tags[\"bad key\"]' failed to satisfy constraint: Member must "
              "satisfy regular expression pattern: [a-z][a-z0-9-]*",
              "Item: the key's violation, in the AWS words");
    expect_eq(found[1].path, "$.tags[\"bad key\"]", "Item: a key and its value share a path");
    expect(found[1].code == ng::validation_errc::length_above_maximum && found[1].value != "bad key",
           "Item: the entry's value breaks each_value's length; the value tells it from the key");
    expect_eq(found[2].path, "$.tags.env", "Item: a plain key's path");
    expect(found[2].code == ng::validation_errc::length_above_maximum, "Item: the env value is too long");
    expect_eq(found[3].path, "$.parts[2]", "Item: a list element's path");
    expect(found[3].code == ng::validation_errc::length_below_minimum, "Item: an empty part is too short");
    expect_eq(std::string(found[3].member), "parts", "Item: the member of an element's violation is the list");
}

} // namespace

int main()
{
    list_input();
    part_rules();
    item_rules();
    return docs::result("docs_validation");
}
