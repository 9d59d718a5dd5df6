// Server side: a request to the operation it calls and that operation's input, read and validated.
#ifndef NEPTUNE_GRAPH_HTTP_ROUTE_HPP
#define NEPTUNE_GRAPH_HTTP_ROUTE_HPP

#include <neptune_graph/detail/path.hpp>
#include <neptune_graph/detail/quote.hpp>
#include <neptune_graph/http/binding.hpp>
#include <neptune_graph/http/detail/percent.hpp>
#include <neptune_graph/http/detail/target.hpp>
#include <neptune_graph/http/detail/uri_value.hpp>
#include <neptune_graph/http/invalid_input.hpp>
#include <neptune_graph/http/make_response.hpp>
#include <neptune_graph/http/fwd.hpp>
#include <neptune_graph/http/request.hpp>
#include <neptune_graph/http/route_result.hpp>
#include <neptune_graph/http/service_error.hpp>
#include <neptune_graph/json/decode.hpp>
#include <neptune_graph/json/stream_decode.hpp>
#include <neptune_graph/json/detail/writer.hpp>
#include <neptune_graph/json/options.hpp>
#include <neptune_graph/model/leaf.hpp>
#include <neptune_graph/model/shape_name.hpp>
#include <neptune_graph/validate/options.hpp>
#include <neptune_graph/validate/validate.hpp>
#include <neptune_graph/validate/violation.hpp>

#include <boost/assert/source_location.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>
#include <boost/mp11/set.hpp>
#include <boost/system/result.hpp>
#include <boost/variant2/variant.hpp>

#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace neptune_graph {

namespace detail {

inline http_response unknown_operation(std::string_view method, std::string_view target)
{
    std::string message = "No operation matches " + quoted(method, 16) + " " + quoted(split(target).path);
    http_response r;
    r.status = 404;
    r.headers.emplace_back("x-amzn-errortype", "UnknownOperationException");
    r.headers.emplace_back("content-type", "application/json");
    writer w(r.body, false);
    w.open('{');
    w.next(true);
    w.plain_key("message");
    w.string(message);  // UTF-8: quoted() escapes every byte that is not
    w.close('}', false);
    w.finish();
    return r;
}

template <class E>
http_response error_response(E const& e)
{
    auto r = make_error_response(e);
    if(r)
        return std::move(*r);
    // Only a message that is not UTF-8 fails to encode; route's messages
    // quote every value they show, which keeps them UTF-8.
    http_response fallback;
    fallback.status = error_binding<E>::status;
    fallback.headers.emplace_back("x-amzn-errortype", std::string(shape_name<E>::value));
    fallback.headers.emplace_back("content-type", "application/json");
    fallback.body = "{}";
    return fallback;
}

inline std::string decode_failure_text(percent_failure f)
{
    switch(f.code)
    {
    case http_errc::bad_percent_escape:
        return "has a malformed percent-escape at byte " + std::to_string(f.at);
    case http_errc::nul_byte:
        return "holds a NUL byte";
    default:
        return "is not valid UTF-8 once percent-decoded";
    }
}

// A value of the member `name` that could not be read: `text` as received
// (or as decoded), and what is wrong with it.
inline violation unreadable(std::string_view name, std::string_view text, std::string reason)
{
    violation v;
    v.code = validation_errc::invalid_type;
    v.path = "$";
    append_key_segment(v.path, name);
    v.member = name;
    v.form = value_form::text;
    v.value.assign(text.data(), text.size());
    v.reason = std::move(reason);
    return v;
}

// A problem of the request as a whole, in one sentence.
inline violation request_problem(std::string sentence)
{
    violation v;
    v.code = validation_errc::invalid_type;
    v.reason = std::move(sentence);
    return v;
}

template <class M>
std::string parse_problem(http_errc code)
{
    using V = typename optional_value<M>::type;
    if(code == http_errc::not_integer)
        return "is not a decimal integer";
    if(code == http_errc::not_boolean)
        return "is not true or false";
    if constexpr(is_integer_leaf<V>)
        return "is out of range for " + integer_kind<typename leaf_traits<V>::value_type>();
    else
        return "cannot be read";
}

// Reads one label or query value into its member, or says why not.
template <class M>
void bind_value(M& member, std::string_view name, std::string_view raw, std::string& scratch,
                std::vector<violation>& problems)
{
    if(percent_failure f = percent_decode(raw, scratch))
    {
        problems.push_back(unreadable(name, raw, decode_failure_text(f)));
        return;
    }
    http_errc code = parse_uri_text(scratch, member);
    if(code != http_errc{})
        problems.push_back(unreadable(name, scratch, parse_problem<M>(code)));
}

// What the codec could not read in a body, as a violation at its path.
inline violation unreadable_body(error const& e)
{
    violation v;
    v.code = e.code == errc::union_empty || e.code == errc::union_multiple ? validation_errc::union_arity
                                                                           : validation_errc::invalid_type;
    v.path = e.path;
    v.reason = e.message;
    return v;
}

// True when `path` is the path of one of the first `n` violations, or inside it.
inline bool within_any(std::string_view path, std::vector<violation> const& v, std::size_t n) noexcept
{
    for(std::size_t i = 0; i < n; ++i)
    {
        std::string_view const p = v[i].path;
        if(path.substr(0, p.size()) == p && (path.size() == p.size() || path[p.size()] == '.' ||
                                             path[p.size()] == '['))
            return true;
    }
    return false;
}

// The labels and query parameters of `Op`'s input read into `in`; what cannot
// be read, in `problems`.
template <class Op>
void bind_labels_and_query(typename Op::input& in, std::vector<path_label> const& labels, std::string_view query,
                           std::vector<violation>& problems)
{
    using input = typename Op::input;
    std::string scratch;

    std::vector<query_param> params = parse_query(query);
    for(auto const& p : params)
        if(p.key_failure)
            problems.push_back(request_problem("Query parameter name " + quoted(p.raw_key) + " " +
                                               decode_failure_text(p.key_failure)));

    for_each_binding<input>([&](auto const& b) {
        using B = std::decay_t<decltype(b)>;
        auto& member = in.*b.member;
        std::string_view const name = member_name(b.member);  // as constraint messages name it
        if constexpr(is_label_binding<B>::value)
        {
            for(auto const& l : labels)
                if(l.name == b.name)
                    bind_value(member, name, l.raw, scratch, problems);
        }
        else
        {
            std::size_t count = 0;
            query_param const* found = nullptr;
            for(auto const& p : params)
                if(!p.key_failure && p.key == b.name)
                {
                    ++count;
                    found = found ? found : &p;
                }
            if(count > 1)
                problems.push_back(request_problem("Query parameter " + quoted(b.name) + " is given " +
                                                   std::to_string(count) + " times; it takes one value"));
            else if(found)
                bind_value(member, name, found->raw_value, scratch, problems);
        }
    });
}

// How the body members of an input are decoded: unknown enum values are
// constraint violations, found by validate() once the input is read.
inline decode_options body_options(decode_options opts) noexcept
{
    opts.strict = false;
    return opts;
}

// The input read, once its body has been: the response for what could not be
// read, else for the required body members absent and what validate() (strict)
// finds, else the input.
template <class Op, class Variant>
boost::system::result<Variant, http_response> finish_input(typename Op::input&& in,
                                                            std::vector<violation> const& problems,
                                                            std::vector<absent_member>& absent)
{
    using answers = invalid_input<typename Op::error_type>;
    // A value that could not be read left its member unset, which validate()
    // would report again: such a request is refused for that alone.
    if(!problems.empty())
        return error_response(answers::answer(problems));
    std::vector<violation> violations;
    for(absent_member& a : absent)
    {
        violation v;
        v.code = validation_errc::missing_required;
        v.path = std::move(a.path);
        v.member = a.name;
        violations.push_back(std::move(v));
    }
    validate_options strict;
    strict.strict = true;  // a server refuses what it does not know
    std::size_t const n = violations.size();
    for(violation& v : validate(in, strict))
        if(!within_any(v.path, violations, n))  // an absent member's default is no value
            violations.push_back(std::move(v));
    if(!violations.empty())
        return error_response(answers::answer(violations));
    return Variant(std::move(in));
}

// The position in `Operations` of the operation `method` and `path` call (the
// one whose template has the most literal segments), its labels in `labels`;
// the number of operations if none.
template <class Operations>
std::size_t find_operation(std::string_view method, std::string_view path, std::vector<path_label>& best_labels)
{
    constexpr std::size_t n = boost::mp11::mp_size<Operations>::value;
    std::vector<path_label> labels;
    std::size_t best = n;
    int best_literals = -1;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<n>>([&](auto I) {
        using Op = boost::mp11::mp_at_c<Operations, I>;
        check_operation<Op>();
        if(method != Op::method)
            return;
        int literals = match_path(Op::uri, path, labels);
        if(literals > best_literals)
        {
            best = I;
            best_literals = literals;
            best_labels.swap(labels);
        }
    });
    return best;
}

template <class Op, class Variant>
boost::system::result<Variant, http_response> bind_input(std::vector<path_label> const& labels,
                                                          std::string_view query, std::string_view body,
                                                          decode_options const& opts)
{
    using input = typename Op::input;
    input in{};
    std::vector<violation> problems;
    bind_labels_and_query<Op>(in, labels, query, problems);

    // The body fills the members no label or query parameter carries; every
    // required one of them must be there (a plain member cannot say it is
    // absent, so presence is checked while reading).
    std::vector<absent_member> absent;
    constexpr std::uint64_t body_mask = body_members<input>();
    if constexpr(body_mask != 0)
    {
        if(problems.empty())
        {
            auto r = decode_members_into<body_mask>(in, body.empty() ? std::string_view("{}") : body,
                                                    body_options(opts), &absent);
            if(!r)
                problems.push_back(unreadable_body(r.error()));
        }
    }
    return finish_input<Op, Variant>(std::move(in), problems, absent);
}

} // namespace detail

// Declared, and documented, in http/fwd.hpp.
template <class Operations>
route_result<Operations> route(std::string_view method, std::string_view target, std::string_view body,
                               decode_options const& opts)
{
    using variant = routed_input<Operations>;
    constexpr std::size_t n = boost::mp11::mp_size<Operations>::value;
    static_assert(n > 0, "route needs at least one operation");
    static_assert(boost::mp11::mp_is_set<boost::mp11::mp_transform<detail::input_of, Operations>>::value,
                  "route: each operation needs its own input type");

    detail::split_target t = detail::split(target);
    std::vector<detail::path_label> best_labels;
    std::size_t const best = detail::find_operation<Operations>(method, t.path, best_labels);
    if(best == n)
        return detail::unknown_operation(method, target);
    return boost::mp11::mp_with_index<n>(best, [&](auto I) -> route_result<Operations> {
        using Op = boost::mp11::mp_at_c<Operations, I>;
        return detail::bind_input<Op, variant>(best_labels, t.query, body, opts);
    });
}

/** `route`, with the body read as it arrives: the operation is found from
    `method` and `target` and its labels and query read at construction; each
    `write` decodes the next bytes of the body into the operation's body
    members (by `stream_decoder`'s rules); `finish` gives what
    `route<Operations>(method, target, body, opts)` gives for the whole body,
    the same input or the same response.

    `write` returns false when the answer no longer depends on the body (no
    operation matched, a label or query parameter was refused, the operation
    has no body members): the rest of the body may be discarded. A body that
    cannot be read is answered at `finish`, since a body longer than
    `opts.max_input_size` is refused for that alone, whatever it holds; the
    bytes after the failure are only counted.

    `content_length`, when not 0, is the body's expected size, from which lists
    reserve their capacity as when decoding a whole body.
*/
template <class Operations>
class streamed_route
{
    using variant = routed_input<Operations>;
    using finish_fn = route_result<Operations> (*)(variant&&, std::vector<violation> const&,
                                                   std::vector<absent_member>&);

public:
    streamed_route(std::string_view method, std::string_view target, decode_options const& opts = {},
                   std::size_t content_length = 0)
        : opts_(detail::body_options(opts))
    {
        constexpr std::size_t n = boost::mp11::mp_size<Operations>::value;
        static_assert(n > 0, "streamed_route needs at least one operation");
        static_assert(boost::mp11::mp_is_set<boost::mp11::mp_transform<detail::input_of, Operations>>::value,
                      "streamed_route: each operation needs its own input type");
        detail::split_target t = detail::split(target);
        std::vector<detail::path_label> labels;
        std::size_t const best = detail::find_operation<Operations>(method, t.path, labels);
        if(best == n)
        {
            answer_.emplace(detail::unknown_operation(method, target));
            return;
        }
        boost::mp11::mp_with_index<n>(best, [&](auto I) {
            constexpr std::size_t i = decltype(I)::value;
            using Op = boost::mp11::mp_at_c<Operations, i>;
            using input = typename Op::input;
            in_ = std::make_unique<variant>(boost::variant2::in_place_index_t<i>{});
            input& in = boost::variant2::unsafe_get<i>(*in_);
            detail::bind_labels_and_query<Op>(in, labels, t.query, problems_);
            finish_ = &finish_op<Op, i>;
            constexpr std::uint64_t mask = body_members<input>();
            if constexpr(mask != 0)
                if(problems_.empty())
                    body_ = std::make_unique<detail::chunked_decode>(&detail::struct_ops<input, mask>::value, &in,
                                                                     opts_, &reset<input, mask>, &absent_,
                                                                     content_length);
        });
        if(!body_)  // the body is ignored
            answer_.emplace(finish_(std::move(*in_), problems_, absent_));
    }

    /// Reads the next bytes of the body; false when the answer no longer depends on them.
    bool write(std::string_view chunk)
    {
        if(answer_)
            return false;
        if(chunk.empty())
            return true;
        received_ += chunk.size();
        if(!failed_)
            if(auto r = body_->write(chunk); !r)
            {
                failed_ = true;
                error_ = std::move(r).error();
            }
        return true;
    }

    /// The body has ended: the input to call the operation with, or the response to send.
    route_result<Operations> finish()
    {
        if(answer_)
            return std::move(*answer_);
        if(received_ == 0)  // an empty body reads as {}
            body_->write("{}");
        if(!failed_)
            if(auto r = body_->finish(); !r)
            {
                failed_ = true;
                error_ = std::move(r).error();
            }
        if(failed_)
        {
            // A body over the limit is refused as a whole, before it is read.
            if(received_ > opts_.max_input_size)
                error_ = detail::input_too_large(received_, opts_);
            problems_.push_back(detail::unreadable_body(error_));
        }
        answer_.emplace(finish_(std::move(*in_), problems_, absent_));
        return std::move(*answer_);
    }

private:
    template <class Op, std::size_t I>
    static route_result<Operations> finish_op(variant&& v, std::vector<violation> const& problems,
                                              std::vector<absent_member>& absent)
    {
        return detail::finish_input<Op, variant>(std::move(boost::variant2::unsafe_get<I>(v)), problems, absent);
    }

    template <class T, std::uint64_t Mask>
    static void reset(void* p)
    {
        detail::struct_ops<T, Mask>::reset(*static_cast<T*>(p));
    }

    decode_options opts_;
    std::unique_ptr<variant> in_;  // where it stays: the decoder writes into it
    std::vector<violation> problems_;
    std::vector<absent_member> absent_;
    std::unique_ptr<detail::chunked_decode> body_;
    finish_fn finish_ = nullptr;
    std::optional<route_result<Operations>> answer_;
    std::size_t received_ = 0;
    bool failed_ = false;
    error error_;
};

} // namespace neptune_graph

#endif
