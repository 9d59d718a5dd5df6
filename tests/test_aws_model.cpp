// The library against the AWS model of the service: tests/model/neptune-graph.json
// (refreshed by scripts/refresh_aws_model.py). Every shape, operation, error
// and waiter the library defines is compared with the model, member by member
// and trait by trait; each difference is one precise sentence. When AWS
// changes the model, a refresh and this test say what to change.
#include <neptune_graph/neptune_graph.hpp>
#include <neptune_graph/service/constraints.hpp>

#include <boost/describe/bases.hpp>
#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

namespace ng = neptune_graph;
namespace bj = boost::json;
namespace mp11 = boost::mp11;

namespace {

bj::value load_model()
{
    std::ifstream in(NEPTUNE_GRAPH_SOURCE_DIR "/tests/model/neptune-graph.json");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    return bj::parse(text.str());
}

std::string str(bj::value const* v)
{
    if(!v)
        return "(none)";
    if(v->is_string())
        return std::string(v->get_string());
    return bj::serialize(*v);
}

// ---- what the library declares of one member ---------------------------------

// Constraints as the model's traits would be: a pattern, min and max.
struct traits
{
    std::vector<std::string> patterns;
    std::vector<std::pair<std::int64_t, std::int64_t>> bounds;  // length or range
    bool required = false;
    std::shared_ptr<traits> keys, values;  // each_key, each_value
};

constexpr std::int64_t unbounded = std::numeric_limits<std::int64_t>::max();

template <class C>
void add(traits& t, C const& c)
{
    if constexpr(std::is_same<C, ng::required>::value)
        t.required = true;
    else if constexpr(ng::detail::is_pattern<C>::value)
        t.patterns.emplace_back(C::text);
    else if constexpr(std::is_same<C, ng::length>::value)
        t.bounds.emplace_back(static_cast<std::int64_t>(c.min),
                              c.max > static_cast<std::size_t>(unbounded) ? unbounded
                                                                          : static_cast<std::int64_t>(c.max));
    else if constexpr(std::is_same<C, ng::range>::value)
        t.bounds.emplace_back(c.min, c.max);
    else if constexpr(ng::detail::is_each_key<C>::value)
    {
        t.keys = std::make_shared<traits>();
        std::apply([&](auto const&... k) { (add(*t.keys, k), ...); }, c.constraints);
    }
    else
    {
        static_assert(ng::detail::is_each_value<C>::value, "a constraint this test does not know");
        t.values = std::make_shared<traits>();
        std::apply([&](auto const&... k) { (add(*t.values, k), ...); }, c.constraints);
    }
}

// The class that declares a member pointer (a base, for inherited members).
template <class P> struct declaring_class;
template <class M, class C> struct declaring_class<M C::*> { using type = C; };

// The traits the rules of the declaring class give the member `D`.
template <class D>
traits traits_of()
{
    using P = std::remove_cv_t<decltype(D::pointer)>;
    using Owner = typename declaring_class<P>::type;
    traits t;
    std::apply(
        [&](auto const&... r) {
            auto one = [&](auto const& rule) {
                if constexpr(std::is_same<std::remove_cv_t<decltype(rule.member)>, P>::value)
                    if(rule.member == D::pointer)
                        std::apply([&](auto const&... c) { (add(t, c), ...); }, rule.constraints);
            };
            (one(r), ...);
            (void)one;
        },
        ng::constraints_of<Owner>::rules);
    return t;
}

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};
template <class T> struct is_map : std::false_type {};
template <class T> struct is_map<std::map<std::string, T>> : std::true_type {};
template <class T> struct is_union : std::false_type {};
template <class Tags, class... Ts> struct is_union<ng::tagged_union<Tags, Ts...>> : std::true_type {};
template <class T> struct is_open_enum : std::false_type {};
template <class E> struct is_open_enum<ng::open_enum<E>> : std::true_type {};

template <class T>
using members_of = boost::describe::describe_members<T, boost::describe::mod_public | boost::describe::mod_inherited>;

// ---- the comparison -------------------------------------------------------------

class comparison
{
public:
    explicit comparison(bj::object const& model)
        : shapes_(model.at("shapes").as_object()), operations_(model.at("operations").as_object()),
          paginators_(model.at("paginators").as_object()), waiters_(model.at("waiters").as_object())
    {
    }

    std::vector<std::string> const& differences() const noexcept { return out_; }

    void all()
    {
        mp11::mp_for_each<mp11::mp_transform<mp11::mp_identity, ng::all_shapes>>(
            [&](auto I) { shape<typename decltype(I)::type>(); });
        mp11::mp_for_each<mp11::mp_transform<mp11::mp_identity, ng::service_errors>>(
            [&](auto I) { error<typename decltype(I)::type>(); });
        mp11::mp_for_each<mp11::mp_transform<mp11::mp_identity, ng::operations>>(
            [&](auto I) { operation<typename decltype(I)::type>(); });
        mp11::mp_for_each<mp11::mp_transform<mp11::mp_identity, ng::waiters>>(
            [&](auto I) { waiter<typename decltype(I)::type>(); });
        every_waiter_of_the_operations();
    }

private:
    void differ(std::string what) { out_.push_back(std::move(what)); }

    bj::object const* shape_named(std::string_view name, std::string const& where)
    {
        auto const* s = shapes_.if_contains(name);
        if(!s)
            differ(where + ": the model has no shape " + std::string(name));
        return s ? &s->as_object() : nullptr;
    }

    template <class T>
    void shape()
    {
        std::string const name(ng::shape_name<T>::value);
        bj::object const* s = shape_named(name, name);
        if(!s)
            return;
        if(str(s->if_contains("type")) != "structure")
            return differ(name + ": the model's shape is a " + str(s->if_contains("type")));
        bj::object const& members = s->at("members").as_object();
        bool const model_union = s->contains("union");

        std::vector<std::string> mine, theirs;
        for(auto const& kv : members)
            theirs.emplace_back(kv.key());
        if constexpr(is_union<T>::value)
        {
            if(!model_union)
                differ(name + ": a union in the library, a structure in the model");
            using alternatives = mp11::mp_pop_back<typename T::variant_type>;
            mp11::mp_for_each<mp11::mp_iota<mp11::mp_size<alternatives>>>([&](auto I) {
                std::string const tag(T::tag_name(I));
                mine.push_back(tag);
                if(auto const* m = members.if_contains(tag))
                    target<mp11::mp_at_c<alternatives, I>>(name + "." + tag, str(m->as_object().if_contains("shape")),
                                                           traits{});
            });
        }
        else
        {
            if(model_union)
                differ(name + ": a structure in the library, a union in the model");
            std::vector<std::string> required;
            if(auto const* r = s->if_contains("required"))
                for(auto const& v : r->as_array())
                    required.emplace_back(v.as_string());
            mp11::mp_for_each<members_of<T>>([&](auto D) {
                using Dt = decltype(D);
                using M = std::remove_cv_t<std::remove_reference_t<decltype(std::declval<T&>().*Dt::pointer)>>;
                std::string const member = D.name;
                std::string const where = name + "." + member;
                mine.push_back(member);
                auto const* m = members.if_contains(member);
                if(!m)
                    return;  // reported with the member order below
                bool const model_required =
                    std::find(required.begin(), required.end(), member) != required.end();
                traits t = traits_of<Dt>();
                if(model_required != !is_optional<M>::value)
                    differ(where + ": " + (model_required ? "required in the model, std::optional in the library"
                                                          : "optional in the model, a plain member in the library"));
                if(model_required != t.required)
                    differ(where + ": " + (model_required ? "required in the model, without required{} in the library"
                                                          : "not required in the model, required{} in the library"));
                target<M>(where, str(m->as_object().if_contains("shape")), t);
            });
        }
        if(mine != theirs)
            differ(name + ": members are [" + join(mine) + "] in the library, [" + join(theirs) + "] in the model");
    }

    static std::string join(std::vector<std::string> const& v)
    {
        std::string r;
        for(auto const& s : v)
            r += (r.empty() ? "" : ", ") + s;
        return r;
    }

    // The member type M against the model's target shape, with the library's traits `t`.
    template <class M>
    void target(std::string const& where, std::string const& name, traits const& t)
    {
        if constexpr(is_optional<M>::value)
            return target<typename M::value_type>(where, name, t);
        else
        {
            bj::object const* s = shape_named(name, where);
            if(!s)
                return;
            std::string const type = str(s->if_contains("type"));
            auto expect = [&](char const* want) {
                if(type != want)
                    differ(where + ": the model's " + name + " is a " + type + ", the library has a " + want);
                return type == want;
            };
            if constexpr(std::is_same<M, std::string>::value)
            {
                if(expect("string") && s->contains("enum"))
                    differ(where + ": the model's " + name + " is an enum, the library has a std::string");
                compare_traits(where, name, *s, t, "length");
            }
            else if constexpr(is_open_enum<M>::value)
            {
                if(!expect("string"))
                    return;
                std::vector<std::string> mine, theirs;
                for(auto const& e : ng::detail::enum_table<typename M::enum_type>::entries)
                    mine.emplace_back(e.name);
                if(auto const* e = s->if_contains("enum"))
                    for(auto const& v : e->as_array())
                        theirs.emplace_back(v.as_string());
                if(mine != theirs)
                    differ(where + ": enum " + name + " is [" + join(theirs) + "] in the model, [" + join(mine) +
                           "] in the library");
                compare_traits(where, name, *s, t, "length");
            }
            else if constexpr(std::is_same<M, bool>::value)
            {
                expect("boolean");
                compare_traits(where, name, *s, t, "none");
            }
            else if constexpr(std::is_same<M, std::int32_t>::value)
            {
                expect("integer");
                compare_traits(where, name, *s, t, "range");
            }
            else if constexpr(std::is_same<M, std::int64_t>::value)
            {
                expect("long");
                compare_traits(where, name, *s, t, "range");
            }
            else if constexpr(std::is_same<M, ng::timestamp>::value)
            {
                expect("timestamp");
                compare_traits(where, name, *s, t, "none");
            }
            else if constexpr(is_vector<M>::value)
            {
                if(!expect("list"))
                    return;
                compare_traits(where, name, *s, t, "length");
                traits const element = t.values ? *t.values : traits{};
                target<typename M::value_type>(where + "[]", str(s->at("member").as_object().if_contains("shape")),
                                               element);
            }
            else if constexpr(is_map<M>::value)
            {
                if(!expect("map"))
                    return;
                compare_traits(where, name, *s, t, "length");
                target<std::string>(where + "{key}", str(s->at("key").as_object().if_contains("shape")),
                                    t.keys ? *t.keys : traits{});
                target<typename M::mapped_type>(where + "{value}",
                                                str(s->at("value").as_object().if_contains("shape")),
                                                t.values ? *t.values : traits{});
            }
            else
            {
                static_assert(ng::detail::has_shape_name<M>::value, "a member type this test does not know");
                if(expect("structure") && name != ng::shape_name<M>::value)
                    differ(where + ": targets " + name + " in the model, " +
                           std::string(ng::shape_name<M>::value) + " in the library");
                compare_traits(where, name, *s, t, "none");
            }
        }
    }

    // The model's pattern, min and max on shape `name` against the library's traits.
    void compare_traits(std::string const& where, std::string const& name, bj::object const& s, traits const& t,
                        std::string_view bound_kind)
    {
        std::vector<std::string> patterns;
        if(auto const* p = s.if_contains("pattern"))
            patterns.emplace_back(p->as_string());
        if(patterns != t.patterns)
            differ(where + ": pattern of " + name + " is '" + join(patterns) + "' in the model, '" +
                   join(t.patterns) + "' in the library");
        std::vector<std::pair<std::int64_t, std::int64_t>> bounds;
        auto const* min = s.if_contains("min");
        auto const* max = s.if_contains("max");
        if(min || max)
        {
            std::int64_t const lo = min ? min->to_number<std::int64_t>()
                                        : (bound_kind == "range" ? std::numeric_limits<std::int64_t>::min() : 0);
            std::int64_t const hi = max ? max->to_number<std::int64_t>() : unbounded;
            bounds.emplace_back(lo, hi);
        }
        auto text = [](std::vector<std::pair<std::int64_t, std::int64_t>> const& b) {
            std::string r;
            for(auto const& [lo, hi] : b)
                r += (r.empty() ? "" : ", ") + std::to_string(lo) + ".." + (hi == unbounded ? "" : std::to_string(hi));
            return r.empty() ? std::string("none") : r;
        };
        if(bounds != t.bounds)
            differ(where + ": " + std::string(bound_kind == "range" ? "range" : "length") + " of " + name + " is " +
                   text(bounds) + " in the model, " + text(t.bounds) + " in the library");
    }

    template <class E>
    void error()
    {
        std::string const name(ng::shape_name<E>::value);
        bj::object const* s = shape_named(name, name);
        if(!s)
            return;
        using binding = ng::error_binding<E>;
        auto const* e = s->if_contains("error");
        int const status = e && e->as_object().contains("httpStatusCode")
                               ? e->as_object().at("httpStatusCode").to_number<int>()
                               : 0;
        if(status != binding::status)
            differ(name + ": status " + std::to_string(status) + " in the model, " + std::to_string(binding::status) +
                   " in the library");
        bool const server = s->contains("fault");
        if(server != (binding::fault == ng::error_fault::server))
            differ(name + ": the model says it is the " + (server ? "service's" : "caller's") +
                   " fault, the library the other's");
        ng::retry_kind want = ng::retry_kind::none;
        if(auto const* r = s->if_contains("retryable"))
        {
            auto const* th = r->as_object().if_contains("throttling");
            want = th && th->as_bool() ? ng::retry_kind::throttling : ng::retry_kind::transient;
        }
        if(want != binding::retry)
            differ(name + ": retry kind differs from the model's retryable trait");
    }

    template <class T>
    static std::string member_name_of(T const& pointer)
    {
        return std::string(ng::detail::member_name(pointer));
    }

    template <class Op>
    void operation()
    {
        std::string const name(Op::name);
        auto const* o = operations_.if_contains(name);
        if(!o)
            return differ(name + ": the model has no such operation");
        bj::object const& op = o->as_object();
        bj::object const& http = op.at("http").as_object();
        if(str(http.if_contains("method")) != Op::method)
            differ(name + ": method " + str(http.if_contains("method")) + " in the model, " +
                   std::string(Op::method) + " in the library");
        if(str(http.if_contains("requestUri")) != Op::uri)
            differ(name + ": URI " + str(http.if_contains("requestUri")) + " in the model, " + std::string(Op::uri) +
                   " in the library");
        int const code = http.contains("responseCode") ? http.at("responseCode").to_number<int>() : 200;
        if(code != Op::success_status)
            differ(name + ": success status " + std::to_string(code) + " in the model, " +
                   std::to_string(Op::success_status) + " in the library");
        using input = typename Op::input;
        using output = typename Op::output;
        std::string const in_name(ng::shape_name<input>::value), out_name(ng::shape_name<output>::value);
        if(str(op.at("input").as_object().if_contains("shape")) != in_name)
            differ(name + ": input " + str(op.at("input").as_object().if_contains("shape")) + " in the model, " +
                   in_name + " in the library");
        if(str(op.at("output").as_object().if_contains("shape")) != out_name)
            differ(name + ": output " + str(op.at("output").as_object().if_contains("shape")) + " in the model, " +
                   out_name + " in the library");

        std::vector<std::string> mine, theirs;
        mp11::mp_for_each<mp11::mp_transform<mp11::mp_identity, typename Op::errors>>(
            [&](auto I) { mine.emplace_back(ng::shape_name<typename decltype(I)::type>::value); });
        if(auto const* errors = op.if_contains("errors"))
            for(auto const& e : errors->as_array())
                theirs.push_back(str(e.as_object().if_contains("shape")));
        if(mine != theirs)
            differ(name + ": errors are [" + join(theirs) + "] in the model, [" + join(mine) + "] in the library");

        // Where each input member travels.
        bj::object const* in_shape = shape_named(in_name, name);
        if(in_shape)
        {
            bj::object const& members = in_shape->at("members").as_object();
            constexpr std::uint64_t body = ng::body_members<input>();
            std::size_t i = 0;
            mp11::mp_for_each<members_of<input>>([&](auto D) {
                std::uint64_t const bit = std::uint64_t(1) << i++;
                std::string where = name + " input " + D.name;
                std::string library = (body & bit) ? "the body" : "";
                ng::detail::for_each_binding<input>([&](auto const& b) {
                    using B = std::decay_t<decltype(b)>;
                    if constexpr(std::is_same<std::decay_t<decltype(b.member)>, std::decay_t<decltype(D.pointer)>>::value)
                        if(b.member == D.pointer)
                            library = std::string(ng::detail::is_label_binding<B>::value ? "label " : "query ") +
                                      std::string(b.name);
                });
                std::string model = "the body";
                if(auto const* m = members.if_contains(D.name))
                {
                    auto const& mo = m->as_object();
                    std::string const loc = str(mo.if_contains("location"));
                    std::string const loc_name = mo.contains("locationName") ? str(mo.if_contains("locationName"))
                                                                             : std::string(D.name);
                    if(loc == "uri")
                        model = "label " + loc_name;
                    else if(loc == "querystring")
                        model = "query " + loc_name;
                    else if(loc != "(none)")
                        model = loc + " " + loc_name;
                }
                if(model != library)
                    differ(where + ": travels in " + model + " in the model, in " + library + " in the library");
            });
        }

        // The paginator.
        auto const* p = paginators_.if_contains(name);
        if constexpr(has_pagination<Op>::value)
        {
            using pg = typename Op::pagination;
            if(!p)
                return differ(name + ": paginated in the library, not in the model");
            bj::object const& pm = p->as_object();
            auto check = [&](char const* key, std::string const& mine_name) {
                if(str(pm.if_contains(key)) != mine_name)
                    differ(name + ": paginator " + key + " is " + str(pm.if_contains(key)) + " in the model, " +
                           mine_name + " in the library");
            };
            check("input_token", member_name_of(pg::input_token));
            check("output_token", member_name_of(pg::output_token));
            check("limit_key", member_name_of(pg::limit));
            check("result_key", member_name_of(pg::items));
        }
        else if(p)
            differ(name + ": paginated in the model, not in the library");
    }

    template <class Op, class = void> struct has_pagination : std::false_type {};
    template <class Op> struct has_pagination<Op, std::void_t<typename Op::pagination>> : std::true_type {};

    template <class W>
    void waiter()
    {
        std::string const name(W::name);
        auto const* w = waiters_.if_contains(name);
        if(!w)
            return differ(name + ": the model has no such waiter");
        bj::object const& wo = w->as_object();
        if(str(wo.if_contains("operation")) != W::operation::name)
            differ(name + ": polls " + str(wo.if_contains("operation")) + " in the model, " +
                   std::string(W::operation::name) + " in the library");
        if(wo.at("delay").to_number<std::int64_t>() != W::delay.count())
            differ(name + ": delay differs");
        if(wo.at("maxAttempts").to_number<int>() != W::max_attempts)
            differ(name + ": maxAttempts differs");
        std::vector<std::string> mine, theirs;
        std::string const path = member_name_of(W::path);
        for(ng::acceptor const& a : W::acceptors)
        {
            std::string const state = a.state == ng::waiter_state::success   ? "success"
                                      : a.state == ng::waiter_state::failure ? "failure"
                                                                             : "retry";
            if(a.kind == ng::acceptor::path_equals)
                mine.push_back("path " + path + " == " + std::string(a.values[0]) + " -> " + state);
            else if(a.kind == ng::acceptor::path_none_of)
                mine.push_back("path " + path + " != '" + std::string(a.values[0]) + "' && " + path + " != '" +
                               std::string(a.values[1]) + "' == true -> " + state);
            else
                mine.push_back("error == " + std::string(a.values[0]) + " -> " + state);
        }
        for(auto const& a : wo.at("acceptors").as_array())
        {
            auto const& ao = a.as_object();
            std::string const matcher = str(ao.if_contains("matcher"));
            std::string const expected = str(ao.if_contains("expected"));
            std::string const state = str(ao.if_contains("state"));
            if(matcher == "path")
            {
                theirs.push_back("path " + str(ao.if_contains("argument")) + " == " + expected + " -> " + state);
            }
            else
                theirs.push_back(matcher + " == " + expected + " -> " + state);
        }
        if(mine != theirs)
            differ(name + ": acceptors are [" + join(theirs) + "] in the model, [" + join(mine) + "] in the library");
    }

    // A waiter of the model on one of the library's operations is in the library.
    void every_waiter_of_the_operations()
    {
        std::vector<std::string> ops, mine;
        mp11::mp_for_each<mp11::mp_transform<mp11::mp_identity, ng::operations>>(
            [&](auto I) { ops.emplace_back(decltype(I)::type::name); });
        mp11::mp_for_each<mp11::mp_transform<mp11::mp_identity, ng::waiters>>(
            [&](auto I) { mine.emplace_back(decltype(I)::type::name); });
        for(auto const& kv : waiters_)
        {
            std::string const op = str(kv.value().as_object().if_contains("operation"));
            if(std::find(ops.begin(), ops.end(), op) != ops.end() &&
               std::find(mine.begin(), mine.end(), std::string(kv.key())) == mine.end())
                differ(std::string(kv.key()) + ": a waiter on " + op + " in the model, not in the library");
        }
    }

    bj::object const& shapes_;
    bj::object const& operations_;
    bj::object const& paginators_;
    bj::object const& waiters_;
    std::vector<std::string> out_;
};

std::vector<std::string> differences(bj::value const& model)
{
    comparison c(model.as_object());
    c.all();
    return c.differences();
}

bj::object& shape(bj::value& model, std::string_view name)
{
    return model.at("shapes").as_object().at(name).as_object();
}

// The one difference a changed model gives, which must mention every one of `words`.
void only_difference(bj::value const& model, std::vector<std::string> const& words)
{
    auto const d = differences(model);
    for(auto const& s : d)
        INFO(s);
    REQUIRE(d.size() == 1);
    for(auto const& w : words)
    {
        INFO(d[0]);
        CHECK(d[0].find(w) != std::string::npos);
    }
}

} // namespace

TEST_CASE("every shape, operation, error and waiter of the library is as the AWS model has it")
{
    auto const d = differences(load_model());
    for(auto const& s : d)
        UNSCOPED_INFO(s);
    CHECK(d.empty());
}

TEST_CASE("the comparison notices a deliberate difference")
{
    bj::value const pristine = load_model();
    REQUIRE(differences(pristine).empty());

    SECTION("an enum value AWS adds")
    {
        bj::value m = pristine;
        shape(m, "ExportTaskStatus").at("enum").as_array().emplace_back("PAUSED");
        auto const d = differences(m);
        REQUIRE(d.size() == 4);  // the status of ExportTaskSummary and of the three outputs that extend it
        CHECK(d[0] == "StartExportTaskOutput.status: enum ExportTaskStatus is [INITIALIZING, EXPORTING, SUCCEEDED, "
                      "FAILED, CANCELLING, CANCELLED, DELETED, PAUSED] in the model, [INITIALIZING, EXPORTING, "
                      "SUCCEEDED, FAILED, CANCELLING, CANCELLED, DELETED] in the library");
    }
    SECTION("one character of a pattern")
    {
        bj::value m = pristine;
        shape(m, "GraphName")["pattern"] = "(?!g-)[a-z][a-z0-9]*(-[a-z0-9]+)+";
        only_difference(m, {"CreateGraphUsingImportTaskInput.graphName", "pattern of GraphName"});
    }
    SECTION("a length bound")
    {
        bj::value m = pristine;
        shape(m, "TagMap")["max"] = 51;
        auto const d = differences(m);
        REQUIRE(d.size() == 2);  // both members that are TagMaps
        CHECK(d[0].find("length of TagMap is 0..51 in the model, 0..50 in the library") != std::string::npos);
    }
    SECTION("the order of members")
    {
        bj::value m = pristine;
        bj::object& members = shape(m, "VectorSearchConfiguration").at("members").as_object();
        bj::value dimension = members.at("dimension");
        members.erase("dimension");
        members.emplace("aFirstMember", bj::object{{"shape", "String"}});
        members.emplace("dimension", dimension);
        only_difference(m, {"VectorSearchConfiguration: members are [dimension] in the library, "
                            "[aFirstMember, dimension] in the model"});
    }
    SECTION("a status code")
    {
        bj::value m = pristine;
        m.at("operations").at("StartImportTask").at("http").as_object()["responseCode"] = 200;
        only_difference(m, {"StartImportTask: success status 200 in the model, 201 in the library"});
        bj::value e = pristine;
        shape(e, "ServiceQuotaExceededException").at("error").as_object()["httpStatusCode"] = 403;
        only_difference(e, {"ServiceQuotaExceededException: status 403 in the model, 402 in the library"});
    }
    SECTION("a member that becomes required, a binding that moves, a waiter acceptor")
    {
        bj::value m = pristine;
        shape(m, "ExportTaskDetails").at("required").as_array().emplace_back("numEdgesWritten");
        auto const d = differences(m);
        REQUIRE(d.size() == 2);
        CHECK(d[0] == "ExportTaskDetails.numEdgesWritten: required in the model, std::optional in the library");

        bj::value q = pristine;
        shape(q, "ListExportTasksInput").at("members").at("graphIdentifier").as_object()["locationName"] = "graph";
        only_difference(q, {"ListExportTasks input graphIdentifier: travels in query graph in the model, "
                            "in query graphIdentifier in the library"});

        bj::value w = pristine;
        w.at("waiters").at("ExportTaskSuccessful").at("acceptors").as_array().erase(
            w.at("waiters").at("ExportTaskSuccessful").at("acceptors").as_array().begin());
        only_difference(w, {"ExportTaskSuccessful: acceptors are"});
    }
}
