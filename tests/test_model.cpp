// The model types themselves, without the codec: open_enum, tagged_union,
// timestamp, the enums' wire names, the shapes' members (checked against the
// service model), equality and shape_name.
#include <neptune_graph/model.hpp>

#include <boost/describe/bases.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>
#include <boost/pfr/core.hpp>
#include <boost/variant2/variant.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace ng = neptune_graph;
namespace mp11 = boost::mp11;

namespace {

// ---------------------------------------------------------------------------
// Helpers: classify member types, and walk them generically.
// ---------------------------------------------------------------------------

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};
template <class T> struct is_open_enum : std::false_type {};
template <class E> struct is_open_enum<ng::open_enum<E>> : std::true_type {};
template <class T> struct is_map : std::false_type {};
template <class T> struct is_map<std::map<std::string, T>> : std::true_type {};
template <class T> struct is_union : std::false_type {};
template <class Tags, class... Ts> struct is_union<ng::tagged_union<Tags, Ts...>> : std::true_type {};

// Every member on the wire, those of described bases first.
template <class T>
using members_of =
    boost::describe::describe_members<T, boost::describe::mod_public | boost::describe::mod_inherited>;

template <class T>
constexpr bool is_struct_shape = boost::describe::has_describe_members<T>::value;

template <class E>
std::vector<std::string_view> enumerator_names()
{
    std::vector<std::string_view> r;
    mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) { r.push_back(D.name); });
    return r;
}

template <class E>
std::vector<E> enumerators()
{
    std::vector<E> r;
    mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) { r.push_back(D.value); });
    return r;
}

// A value of T with every member present and different from its default.
template <class T>
T sample()
{
    if constexpr(std::is_same<T, std::string>::value)
        return "s";
    else if constexpr(std::is_same<T, bool>::value)
        return true;
    else if constexpr(std::is_integral<T>::value)
        return 7;
    else if constexpr(std::is_same<T, ng::timestamp>::value)
        return ng::timestamp::from_seconds(1732300000, 123000);
    else if constexpr(is_open_enum<T>::value)
        return enumerators<typename T::enum_type>().front();
    else if constexpr(is_optional<T>::value)
        return sample<typename T::value_type>();
    else if constexpr(is_vector<T>::value)
        return T{sample<typename T::value_type>(), sample<typename T::value_type>()};
    else if constexpr(is_map<T>::value)
        return T{{"k1", sample<typename T::mapped_type>()}, {"k 2", sample<typename T::mapped_type>()}};
    else if constexpr(is_union<T>::value)
    {
        T u;
        u.value.template emplace<0>(sample<mp11::mp_front<typename T::variant_type>>());
        return u;
    }
    else
    {
        static_assert(is_struct_shape<T>, "sample: a type this test does not know");
        T x;
        mp11::mp_for_each<members_of<T>>([&](auto D) {
            using M = std::decay_t<decltype(x.*D.pointer)>;
            x.*D.pointer = sample<M>();
        });
        return x;
    }
}

// A value that differs from another in exactly one place, and where.
template <class T>
struct variant_of
{
    std::string where;  // ".importTaskDetails.startTime: +1us"
    T value;
};

// Every value that differs from `x` in exactly one place (one leaf member,
// one optional made absent or present, one list element more or less, ...).
template <class T>
std::vector<variant_of<T>> variants(T const& x)
{
    std::vector<variant_of<T>> r;
    if constexpr(std::is_same<T, std::string>::value)
    {
        r.push_back({": longer", x + "x"});
        if(!x.empty())
            r.push_back({": shorter", x.substr(0, x.size() - 1)});
    }
    else if constexpr(std::is_same<T, bool>::value)
        r.push_back({": negated", !x});
    else if constexpr(std::is_integral<T>::value)
        r.push_back({": +1", static_cast<T>(x + 1)});
    else if constexpr(std::is_same<T, ng::timestamp>::value)
        r.push_back({": +1us", ng::timestamp{x.microseconds + 1}});
    else if constexpr(is_open_enum<T>::value)
    {
        using E = typename T::enum_type;
        for(E e : enumerators<E>())
            if(x != e)
                r.push_back({": " + std::string(T::name(e)), e});
        std::string unknown = std::string(x.str()) + "_UNKNOWN";
        r.push_back({": unknown " + unknown, T::from_string(unknown)});
    }
    else if constexpr(is_optional<T>::value)
    {
        if(x)
        {
            r.push_back({": absent", std::nullopt});
            for(auto&& v : variants(*x))
                r.push_back({v.where, std::move(v.value)});
        }
        else
            r.push_back({": present", sample<typename T::value_type>()});
    }
    else if constexpr(is_vector<T>::value)
    {
        T more = x;
        more.push_back(sample<typename T::value_type>());
        r.push_back({": one element more", more});
        if(!x.empty())
            r.push_back({": one element less", T(x.begin(), x.end() - 1)});
        for(std::size_t i = 0; i < x.size(); ++i)
            for(auto&& v : variants(x[i]))
            {
                T y = x;
                y[i] = std::move(v.value);
                r.push_back({"[" + std::to_string(i) + "]" + v.where, std::move(y)});
            }
    }
    else if constexpr(is_map<T>::value)
    {
        T more = x;
        more.emplace("another key", sample<typename T::mapped_type>());
        r.push_back({": one entry more", more});
        if(!x.empty())
        {
            T less = x;
            less.erase(less.begin());
            r.push_back({": one entry less", less});
            T renamed = x;
            auto node = renamed.extract(renamed.begin());
            node.key() += "x";
            renamed.insert(std::move(node));
            r.push_back({": a key renamed", renamed});
        }
        for(auto const& [key, value] : x)
            for(auto&& v : variants(value))
            {
                T y = x;
                y[key] = std::move(v.value);
                r.push_back({"[" + key + "]" + v.where, std::move(y)});
            }
    }
    else if constexpr(is_union<T>::value)
    {
        if(auto const* u = boost::variant2::get_if<ng::unknown_member>(&x.value))
        {
            T y;
            y.value = ng::unknown_member{u->tag + "x", u->json};
            r.push_back({": other unknown tag", y});
            y.value = ng::unknown_member{u->tag, u->json + " "};
            r.push_back({": other raw JSON", y});
            y.value.template emplace<0>(sample<mp11::mp_front<typename T::variant_type>>());
            r.push_back({": known member", y});
        }
        else
        {
            boost::variant2::visit(
                [&](auto const& held) {
                    using A = std::decay_t<decltype(held)>;
                    if constexpr(!std::is_same<A, ng::unknown_member>::value)
                        for(auto&& v : variants(held))
                        {
                            T y;
                            y.value.template emplace<A>(std::move(v.value));
                            r.push_back({"." + std::string(x.tag()) + v.where, std::move(y)});
                        }
                },
                x.value);
            T y;
            y.value = ng::unknown_member{std::string(x.tag()), "{}"};
            r.push_back({": unknown member of the same tag", y});
        }
    }
    else
    {
        static_assert(is_struct_shape<T>, "variants: a type this test does not know");
        mp11::mp_for_each<members_of<T>>([&](auto D) {
            for(auto&& v : variants(x.*D.pointer))
            {
                T y = x;
                y.*D.pointer = std::move(v.value);
                r.push_back({"." + std::string(D.name) + v.where, std::move(y)});
            }
        });
    }
    return r;
}

using Status = ng::open_enum<ng::ImportTaskStatus>;

} // namespace

// ---------------------------------------------------------------------------
// Static properties of every shape.
// ---------------------------------------------------------------------------

static_assert(mp11::mp_size<ng::all_shapes>::value == 34, "all_shapes: 33 structures and 1 union");
static_assert(mp11::mp_is_set<ng::all_shapes>::value, "all_shapes lists each shape once");
static_assert(mp11::mp_all_of<ng::all_shapes, std::is_aggregate>::value, "shapes are aggregates");
static_assert(mp11::mp_all_of<ng::all_shapes, std::is_default_constructible>::value,
              "shapes are default constructible");
static_assert(mp11::mp_all_of<ng::all_shapes, std::is_copy_constructible>::value, "shapes are copyable");
static_assert(mp11::mp_all_of<ng::all_shapes, std::is_nothrow_move_constructible>::value,
              "shapes move without throwing (a vector of them reallocates by moving)");
static_assert(mp11::mp_all_of<ng::all_shapes, ng::detail::has_shape_name>::value,
              "every shape has a shape_name");
static_assert(!ng::detail::has_shape_name<ng::timestamp>::value &&
                  !ng::detail::has_shape_name<Status>::value &&
                  !ng::detail::has_shape_name<std::string>::value,
              "shape_name exists for shapes only");

// Key members: optional where the model says optional, plain where it says required.
static_assert(std::is_same<decltype(ng::GetImportTaskOutput::graphId), std::optional<std::string>>::value);
static_assert(std::is_same<decltype(ng::GetImportTaskOutput::taskId), std::string>::value);
static_assert(std::is_same<decltype(ng::GetImportTaskOutput::status), Status>::value);
static_assert(std::is_same<decltype(ng::GetImportTaskOutput::format),
                           std::optional<ng::open_enum<ng::Format>>>::value);
static_assert(std::is_same<decltype(ng::GetImportTaskOutput::parquetType),
                           std::optional<ng::open_enum<ng::ParquetType>>>::value);
static_assert(std::is_same<decltype(ng::GetImportTaskOutput::importOptions),
                           std::optional<ng::ImportOptions>>::value);
static_assert(std::is_same<decltype(ng::GetImportTaskOutput::importTaskDetails),
                           std::optional<ng::ImportTaskDetails>>::value);
static_assert(std::is_same<decltype(ng::GetImportTaskOutput::attemptNumber),
                           std::optional<std::int32_t>>::value);
static_assert(std::is_same<decltype(ng::ListImportTasksInput::maxResults), std::optional<std::int32_t>>::value);
static_assert(std::is_same<decltype(ng::ListImportTasksOutput::tasks), std::vector<ng::ImportTaskSummary>>::value);
static_assert(std::is_same<decltype(ng::ListImportTasksOutput::nextToken), std::optional<std::string>>::value);
static_assert(std::is_same<decltype(ng::ImportTaskDetails::startTime), ng::timestamp>::value);
static_assert(std::is_same<decltype(ng::ImportTaskDetails::timeElapsedSeconds), std::int64_t>::value);
static_assert(std::is_same<decltype(ng::ImportTaskDetails::progressPercentage), std::int32_t>::value);
static_assert(std::is_same<decltype(ng::ImportTaskDetails::errorDetails), std::optional<std::string>>::value);
static_assert(std::is_same<decltype(ng::NeptuneImportOptions::preserveEdgeIds), std::optional<bool>>::value);
static_assert(std::is_same<decltype(ng::ValidationException::reason),
                           std::optional<ng::open_enum<ng::ValidationExceptionReason>>>::value);
static_assert(std::is_same<decltype(ng::ConflictException::reason),
                           std::optional<ng::open_enum<ng::ConflictExceptionReason>>>::value);
static_assert(std::is_same<ng::ImportOptions::variant_type,
                           boost::variant2::variant<ng::NeptuneImportOptions, ng::unknown_member>>::value);
static_assert(std::is_same<ng::ImportOptions::tag_enum, ng::ImportOptionsMember>::value);
static_assert(ng::ImportOptions::known_count == 1);

// ---------------------------------------------------------------------------
// The shapes against the service model.
// ---------------------------------------------------------------------------

// Names, types, optionality and constraints against the AWS model: test_aws_model.cpp.
TEMPLATE_LIST_TEST_CASE("every shape describes all its data members, in declaration order", "[model][shapes]",
                        ng::all_shapes)
{
    std::string_view const name = ng::shape_name<TestType>::value;
    INFO("shape " << name);
    if constexpr(is_union<TestType>::value)
    {
        CHECK(name == "ImportOptions");
        CHECK(enumerator_names<typename TestType::tag_enum>() == std::vector<std::string_view>{"neptune"});
    }
    else
    {
        std::vector<std::string_view> names;
        mp11::mp_for_each<members_of<TestType>>([&](auto D) { names.push_back(D.name); });

        // Described members are all the data members there are (none left out of
        // equality and the codec), and described in declaration order. A shape
        // that shares members through a base is checked as that base is
        // (Boost.PFR reads no derived types); it has no other base.
        using bases = boost::describe::describe_bases<TestType, boost::describe::mod_any_access>;
        if constexpr(mp11::mp_size<bases>::value != 0)
        {
            using base = typename mp11::mp_front<bases>::type;
            STATIC_REQUIRE(mp11::mp_size<bases>::value == 1);
            STATIC_REQUIRE(mp11::mp_contains<ng::all_shapes, base>::value);
            STATIC_REQUIRE(std::is_aggregate<TestType>::value);
            CHECK(names.size() >= mp11::mp_size<members_of<base>>::value);
        }
        else
        {
            CHECK(boost::pfr::tuple_size_v<TestType> == names.size());
            TestType x = sample<TestType>();
            std::size_t k = 0;
            bool same_order = true;
            mp11::mp_for_each<members_of<TestType>>([&](auto D) {
                boost::pfr::for_each_field(x, [&](auto const& field, std::size_t j) {
                    if(j == k)
                        same_order = same_order &&
                                     static_cast<void const*>(&field) == static_cast<void const*>(&(x.*D.pointer));
                });
                ++k;
            });
            CHECK(same_order);
        }
    }
}

TEST_CASE("shape_name names each shape as the model does", "[model][shapes]")
{
    std::vector<std::string_view> names;
    mp11::mp_for_each<mp11::mp_transform<mp11::mp_identity, ng::all_shapes>>(
        [&](auto t) { names.push_back(ng::shape_name<typename decltype(t)::type>::value); });
    REQUIRE(names.size() == 34);
    CHECK(names.front() == "CancelImportTaskInput");
    CHECK(names.back() == "ExportFilterPropertyAttributes");
    static_assert(ng::shape_name<ng::GetImportTaskOutput>::value == "GetImportTaskOutput");
    static_assert(ng::shape_name<ng::ImportOptions>::value == "ImportOptions");
    CHECK(std::set<std::string_view>(names.begin(), names.end()).size() == names.size());
}

// ---------------------------------------------------------------------------
// Enums: wire names exactly as in the model.
// ---------------------------------------------------------------------------

template <class E>
void check_wire_names(std::vector<std::string_view> const& model)
{
    CHECK(enumerator_names<E>() == model);
    for(std::string_view s : model)
    {
        INFO("wire name " << s);
        auto v = ng::open_enum<E>::from_string(s);
        CHECK(v.known());
        REQUIRE(v.value().has_value());
        CHECK(ng::open_enum<E>::name(*v.value()) == s);
        CHECK(v.str() == s);
        CHECK(ng::open_enum<E>::parse(s) == v.value());
    }
}

TEST_CASE("enum wire names are exactly the model's values, in model order", "[model][enums]")
{
    SECTION("ImportTaskStatus: all 11, DELETED included")
    {
        check_wire_names<ng::ImportTaskStatus>(
            {"INITIALIZING", "EXPORTING", "ANALYZING_DATA", "IMPORTING", "REPROVISIONING",
             "ROLLING_BACK", "SUCCEEDED", "FAILED", "CANCELLING", "CANCELLED", "DELETED"});
    }
    SECTION("Format")
    {
        check_wire_names<ng::Format>({"CSV", "OPEN_CYPHER", "PARQUET", "NTRIPLES"});
    }
    SECTION("ParquetType")
    {
        check_wire_names<ng::ParquetType>({"COLUMNAR"});
    }
    SECTION("ValidationExceptionReason")
    {
        check_wire_names<ng::ValidationExceptionReason>(
            {"CONSTRAINT_VIOLATION", "ILLEGAL_ARGUMENT", "MALFORMED_QUERY", "QUERY_CANCELLED",
             "QUERY_TOO_LARGE", "UNSUPPORTED_OPERATION", "BAD_REQUEST"});
    }
    SECTION("ConflictExceptionReason")
    {
        check_wire_names<ng::ConflictExceptionReason>({"CONCURRENT_MODIFICATION"});
        check_wire_names<ng::BlankNodeHandling>({"convertToIri"});
        check_wire_names<ng::ExportFormat>({"PARQUET", "CSV"});
        check_wire_names<ng::ExportTaskStatus>(
            {"INITIALIZING", "EXPORTING", "SUCCEEDED", "FAILED", "CANCELLING", "CANCELLED", "DELETED"});
        check_wire_names<ng::MultiValueHandlingType>({"TO_LIST", "PICK_FIRST"});
    }
    SECTION("the documents' spellings that are not wire names stay unknown")
    {
        // The API docs say "OPENCYPHER" and "ntriples"; the model's values are these.
        CHECK_FALSE(ng::open_enum<ng::Format>::from_string("OPENCYPHER").known());
        CHECK_FALSE(ng::open_enum<ng::Format>::from_string("ntriples").known());
        CHECK_FALSE(Status::from_string("RE_PROVISIONING").known());
    }
}

// ---------------------------------------------------------------------------
// open_enum
// ---------------------------------------------------------------------------

TEST_CASE("open_enum: a default-constructed value is the unknown empty string", "[model][open_enum]")
{
    Status s;
    CHECK_FALSE(s.known());
    CHECK_FALSE(s.value().has_value());
    CHECK(s.str().empty());
    CHECK(s == Status::from_string(""));
    for(auto e : enumerators<ng::ImportTaskStatus>())
    {
        CHECK(s != e);
        CHECK(e != s);
        CHECK_FALSE(s == e);
    }
    // Not the enum's zero value either.
    CHECK(s != ng::ImportTaskStatus::INITIALIZING);
    CHECK(s != Status(ng::ImportTaskStatus::INITIALIZING));
}

TEST_CASE("open_enum: from_string of a wire name is that enumerator", "[model][open_enum]")
{
    auto s = Status::from_string("SUCCEEDED");
    CHECK(s.known());
    CHECK(s.value() == ng::ImportTaskStatus::SUCCEEDED);
    CHECK(s.str() == "SUCCEEDED");
    CHECK(s == ng::ImportTaskStatus::SUCCEEDED);
    CHECK(ng::ImportTaskStatus::SUCCEEDED == s);
    CHECK(s != ng::ImportTaskStatus::FAILED);
    CHECK(ng::ImportTaskStatus::FAILED != s);
    CHECK(s == Status(ng::ImportTaskStatus::SUCCEEDED));
    CHECK(s != Status(ng::ImportTaskStatus::FAILED));

    Status implicit = ng::ImportTaskStatus::DELETED;  // converts from E
    CHECK(implicit.known());
    CHECK(implicit.str() == "DELETED");
}

TEST_CASE("open_enum: any other string is kept exactly, as unknown", "[model][open_enum]")
{
    SECTION("a new value")
    {
        auto s = Status::from_string("PAUSED");
        CHECK_FALSE(s.known());
        CHECK_FALSE(s.value().has_value());
        CHECK(s.str() == "PAUSED");
        for(auto e : enumerators<ng::ImportTaskStatus>())
            CHECK(s != e);
    }
    SECTION("names match exactly: case, prefixes, suffixes and spaces make a different value")
    {
        for(std::string_view v : {"succeeded", "Succeeded", "SUCCEEDE", "SUCCEEDEDX", " SUCCEEDED",
                                  "SUCCEEDED ", "SUCCEEDED\n"})
        {
            INFO("'" << v << "'");
            auto s = Status::from_string(v);
            CHECK_FALSE(s.known());
            CHECK(s.str() == v);
            CHECK(s != ng::ImportTaskStatus::SUCCEEDED);
        }
    }
    SECTION("an embedded NUL is part of the string")
    {
        std::string_view v("FAILED\0X", 8);
        auto s = Status::from_string(v);
        CHECK_FALSE(s.known());
        CHECK(s.str() == v);
        CHECK(s.str().size() == 8);
        CHECK(s != ng::ImportTaskStatus::FAILED);
        CHECK(Status::from_string(std::string_view("FAILED\0", 7)) != ng::ImportTaskStatus::FAILED);
    }
    SECTION("non-ASCII bytes are kept")
    {
        auto s = Status::from_string("\xC3\xA9t\xC3\xA9");
        CHECK(s.str() == "\xC3\xA9t\xC3\xA9");
    }
}

TEST_CASE("names compare equal exactly when every byte matches, at every length", "[model][open_enum]")
{
    // The comparison used for keys and enum names loads several bytes at a
    // time, with a path per length range: each length up to past 32 is tried.
    for(std::size_t n = 0; n <= 40; ++n)
    {
        std::string a;
        for(std::size_t i = 0; i < n; ++i)
            a += static_cast<char>('a' + i % 26);
        std::string b = a;
        CHECK(neptune_graph::detail::same_name(a, b));
        for(std::size_t i = 0; i < n; ++i)
        {
            std::string c = a;
            c[i] = static_cast<char>(c[i] ^ 1);
            CHECK_FALSE(neptune_graph::detail::same_name(a, c));
        }
        if(n > 0)
            CHECK_FALSE(neptune_graph::detail::same_name(a, std::string_view(a).substr(1)));
    }
}

TEST_CASE("open_enum: equality between open_enums", "[model][open_enum]")
{
    auto a = Status::from_string("PAUSED");
    auto b = Status::from_string("PAUSED");
    auto c = Status::from_string("PAUSED2");
    Status known = ng::ImportTaskStatus::FAILED;
    CHECK(a == b);
    CHECK_FALSE(a != b);
    CHECK(a != c);
    CHECK_FALSE(a == c);
    CHECK(a != known);
    CHECK(known != a);
    CHECK(known == Status::from_string("FAILED"));
    CHECK(known != Status(ng::ImportTaskStatus::CANCELLED));
    // An unknown value never equals a known one, even when it is empty.
    CHECK(Status{} != known);
}

TEST_CASE("open_enum: name and parse", "[model][open_enum]")
{
    CHECK(Status::name(ng::ImportTaskStatus::ROLLING_BACK) == "ROLLING_BACK");
    CHECK(Status::name(static_cast<ng::ImportTaskStatus>(99)).empty());
    CHECK(Status::parse("ANALYZING_DATA") == ng::ImportTaskStatus::ANALYZING_DATA);
    CHECK_FALSE(Status::parse("analyzing_data").has_value());
    CHECK_FALSE(Status::parse("").has_value());
}

TEST_CASE("open_enum: assign replaces the value, either way", "[model][open_enum]")
{
    Status s;
    s.assign("IMPORTING");
    CHECK(s == ng::ImportTaskStatus::IMPORTING);

    s.assign("SOMETHING_NEW");
    CHECK_FALSE(s.known());
    CHECK(s.str() == "SOMETHING_NEW");

    s.assign("CANCELLED");
    CHECK(s.known());
    CHECK(s == ng::ImportTaskStatus::CANCELLED);
    CHECK(s.str() == "CANCELLED");
    CHECK(s == Status(ng::ImportTaskStatus::CANCELLED));  // no stale unknown string left behind

    s.assign("");
    CHECK_FALSE(s.known());
    CHECK(s == Status{});

    s = ng::ImportTaskStatus::EXPORTING;
    CHECK(s.known());
    CHECK(s.str() == "EXPORTING");
    CHECK(s == Status::from_string("EXPORTING"));
}

TEST_CASE("open_enum: assign reuses the string capacity of the object", "[model][open_enum]")
{
    // Longer than any small-string buffer, so the string lives on the heap.
    std::string const long_value(100, 'Q');
    Status s = Status::from_string(long_value);
    char const* const storage = s.str().data();

    s.assign("FAILED");  // known: the unknown string is cleared, not freed
    CHECK(s == ng::ImportTaskStatus::FAILED);
    s.assign("SHORTER_UNKNOWN_VALUE_THAN_BEFORE");
    CHECK(s.str() == "SHORTER_UNKNOWN_VALUE_THAN_BEFORE");
    CHECK(s.str().data() == storage);
}

TEST_CASE("open_enum: copies keep the unknown string", "[model][open_enum]")
{
    auto a = Status::from_string("NEW_STATE");
    Status b = a;
    CHECK(b == a);
    CHECK(b.str() == "NEW_STATE");
    Status c;
    c = std::move(b);
    CHECK(c.str() == "NEW_STATE");
}

// ---------------------------------------------------------------------------
// tagged_union
// ---------------------------------------------------------------------------

TEST_CASE("tagged_union: tags, known and unknown members", "[model][tagged_union]")
{
    CHECK(ng::ImportOptions::tag_name(0) == "neptune");

    SECTION("a known member")
    {
        ng::ImportOptions u;
        u.value.emplace<ng::NeptuneImportOptions>(ng::NeptuneImportOptions{"s3://x/", "k", true, {}});
        CHECK(u.tag() == "neptune");
        CHECK_FALSE(u.is_unknown());
        CHECK(u.value.index() == 0);
    }
    SECTION("an unknown member: its own tag, its raw JSON")
    {
        ng::ImportOptions u;
        u.value = ng::unknown_member{"s3", R"({"bucket": "b"})"};
        CHECK(u.tag() == "s3");
        CHECK(u.is_unknown());
        CHECK(u.value.index() == ng::ImportOptions::known_count);
        CHECK(boost::variant2::get<ng::unknown_member>(u.value).json == R"({"bucket": "b"})");
    }
    SECTION("default-constructed: the first alternative, empty")
    {
        ng::ImportOptions u;
        CHECK(u.tag() == "neptune");
        CHECK_FALSE(u.is_unknown());
        CHECK(boost::variant2::get<0>(u.value) == ng::NeptuneImportOptions{});
    }
}

TEST_CASE("tagged_union: equality compares the alternative and its value", "[model][tagged_union]")
{
    ng::ImportOptions a, b;
    a.value.emplace<0>(ng::NeptuneImportOptions{"p", "k", {}, {}});
    b.value.emplace<0>(ng::NeptuneImportOptions{"p", "k", {}, {}});
    CHECK(a == b);
    CHECK_FALSE(a != b);

    b.value.emplace<0>(ng::NeptuneImportOptions{"p", "k", false, {}});
    CHECK(a != b);

    ng::ImportOptions u1, u2;
    u1.value = ng::unknown_member{"s3", "{}"};
    u2.value = ng::unknown_member{"s3", "{}"};
    CHECK(u1 == u2);
    CHECK(u1 != a);
    CHECK(a != u1);

    SECTION("unknown members differ by tag")
    {
        u2.value = ng::unknown_member{"s4", "{}"};
        CHECK(u1 != u2);
    }
    SECTION("unknown members differ by raw text, byte for byte")
    {
        u1.value = ng::unknown_member{"s3", R"({"a":1})"};
        u2.value = ng::unknown_member{"s3", R"({"a": 1})"};
        CHECK(u1 != u2);
    }
    SECTION("an unknown member spelled like a known one is still not the known one")
    {
        u2.value = ng::unknown_member{"neptune", "{}"};
        ng::ImportOptions k;
        k.value.emplace<0>();
        CHECK(u2.is_unknown());
        CHECK(u2 != k);
    }
}

TEST_CASE("unknown_member: equality on tag and json", "[model][tagged_union]")
{
    ng::unknown_member a{"t", "1"}, b{"t", "1"}, c{"t", "2"}, d{"u", "1"};
    CHECK(a == b);
    CHECK_FALSE(a != b);
    CHECK(a != c);
    CHECK(a != d);
}

// ---------------------------------------------------------------------------
// timestamp
// ---------------------------------------------------------------------------

TEST_CASE("timestamp: construction from seconds", "[model][timestamp]")
{
    CHECK(ng::timestamp{}.microseconds == 0);
    CHECK(ng::timestamp::from_seconds(1732300000).microseconds == 1732300000000000);
    CHECK(ng::timestamp::from_seconds(1732300000, 123000).microseconds == 1732300000123000);
    CHECK(ng::timestamp::from_seconds(0, 1).microseconds == 1);
    CHECK(ng::timestamp::from_seconds(-1).microseconds == -1000000);
    CHECK(ng::timestamp::from_seconds(-1, 500000).microseconds == -500000);
    static_assert(ng::timestamp::from_seconds(2, 5).microseconds == 2000005, "from_seconds is constexpr");
}

TEST_CASE("timestamp: to and from std::chrono time points", "[model][timestamp]")
{
    using namespace std::chrono;
    auto const t = ng::timestamp::from_seconds(1732300000, 123456);

    SECTION("to_time_point is the same instant, in microseconds")
    {
        static_assert(std::is_same<decltype(t.to_time_point()),
                                   time_point<system_clock, microseconds>>::value);
        CHECK(t.to_time_point().time_since_epoch() == microseconds(1732300000123456));
        CHECK(ng::timestamp::from_time_point(t.to_time_point()) == t);
    }
    SECTION("from_time_point takes any duration, truncating below the microsecond")
    {
        CHECK(ng::timestamp::from_time_point(time_point<system_clock, seconds>(seconds(10))) ==
              ng::timestamp::from_seconds(10));
        CHECK(ng::timestamp::from_time_point(time_point<system_clock, milliseconds>(milliseconds(1500))) ==
              ng::timestamp::from_seconds(1, 500000));
        CHECK(ng::timestamp::from_time_point(time_point<system_clock, nanoseconds>(nanoseconds(1500999)))
                  .microseconds == 1500);
    }
    SECTION("a system_clock time point survives the trip to the microsecond")
    {
        auto const now = system_clock::now();
        auto const back = ng::timestamp::from_time_point(now).to_time_point();
        CHECK(back == time_point_cast<microseconds>(now));
    }
}

TEST_CASE("timestamp: equality and ordering", "[model][timestamp]")
{
    auto const a = ng::timestamp::from_seconds(100);
    auto const b = ng::timestamp::from_seconds(100, 1);
    CHECK(a == ng::timestamp::from_seconds(100, 0));
    CHECK_FALSE(a != ng::timestamp::from_seconds(100, 0));
    CHECK(a != b);
    CHECK(a < b);
    CHECK_FALSE(b < a);
    CHECK_FALSE(a < a);
    CHECK(ng::timestamp::from_seconds(-1) < ng::timestamp{});
    CHECK(b > a);
    CHECK_FALSE(a > b);
    CHECK(a <= a);
    CHECK(a <= b);
    CHECK_FALSE(b <= a);
    CHECK(b >= b);
    CHECK(b >= a);
    CHECK_FALSE(a >= b);
    static_assert(ng::timestamp{1} < ng::timestamp{2} && ng::timestamp{3} == ng::timestamp{3},
                  "comparisons are constexpr");
}

// ---------------------------------------------------------------------------
// Equality of shapes: every member counts.
// ---------------------------------------------------------------------------

TEMPLATE_LIST_TEST_CASE("shape equality: equal copies, and unequal when any single member differs",
                        "[model][equality]", ng::all_shapes)
{
    INFO("shape " << ng::shape_name<TestType>::value);
    CHECK(TestType{} == TestType{});
    CHECK_FALSE(TestType{} != TestType{});

    TestType const x = sample<TestType>();
    TestType const copy = x;
    CHECK(x == copy);
    CHECK_FALSE(x != copy);
    CHECK(x != TestType{});

    auto const vs = variants(x);
    if constexpr(is_struct_shape<TestType>)
        CHECK(vs.size() >= mp11::mp_size<members_of<TestType>>::value);
    else
        CHECK(vs.size() >= 2);
    for(auto const& v : vs)
    {
        INFO("changed: " << v.where);
        CHECK(v.value != x);
        CHECK(x != v.value);
        CHECK_FALSE(v.value == x);
        CHECK(v.value == TestType(v.value));
    }
}

TEST_CASE("shape equality: absent and present-but-empty differ", "[model][equality]")
{
    ng::GetImportTaskOutput a, b;
    b.graphId = "";
    CHECK(a != b);
    b.graphId.reset();
    CHECK(a == b);

    b.status = ng::ImportTaskStatus::INITIALIZING;  // the enum's zero value is not "unset"
    CHECK(a != b);
    b.status = Status{};
    CHECK(a == b);

    ng::ListImportTasksOutput p, q;
    q.tasks.emplace_back();
    CHECK(p != q);
}
