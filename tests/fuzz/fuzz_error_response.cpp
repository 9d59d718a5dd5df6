// libFuzzer target: the client reading a response, parse_response<Op>(status, headers, body).
//
// Input: byte 0 picks the operation (b % 3, in ng::operations) and the decode
// options (b / 3: bit 0 strict, bit 1 small limits); bytes 1-2 are the status,
// a big-endian int16; then header lines `name:value` up to the first empty
// line, and the body. A header line without `:` is an `x-amzn-errortype` value,
// so most inputs name a type. Without an empty line there are no headers and
// the rest is the body.
//
// Oracles, besides "no crash, no sanitizer report, no leak":
//  - a 2xx gives exactly what decode<Output> gives for the body (`{}` when
//    empty): the equal output, or an `error` with the same code and path;
//  - any other status gives a service error with that status, never `error`;
//  - the type is re-derived here from the rules parse_response documents
//    (header, else body `code`, else `__type`; an empty value is absent; cut at
//    the first `:`, keep what follows the last `#`), and so is the message
//    (`message`, else `Message`);
//  - a type the operation models gives that error, named by its shape name,
//    holding the body decoded as it (or an empty one) with the message filled
//    in; retryability and fault as the model's traits say. A server's
//    make_error_response of it reads back as the same error;
//  - any other type gives unmodeled_error{status, type, raw type, message},
//    not retryable, the server's fault only for a 5xx.
#include "fuzz_common.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace {

namespace ng = neptune_graph;
namespace bj = boost::json;

struct input
{
    std::size_t op = 0;
    ng::decode_options opts;
    int status = 0;
    ng::http_headers headers;
    std::string_view body;
};

input split(std::uint8_t const* data, std::size_t size)
{
    input in;
    in.op = data[0] % 3;
    unsigned flags = data[0] / 3;
    in.opts.strict = (flags & 1) != 0;
    if(flags & 2)
    {
        in.opts.max_depth = 4;
        in.opts.max_string_size = 16;
        in.opts.max_list_size = 3;
        in.opts.max_input_size = 1024;
    }
    in.status = static_cast<std::int16_t>((data[1] << 8) | data[2]);
    std::string_view rest(reinterpret_cast<char const*>(data) + 3, size - 3);
    std::size_t blank = rest.substr(0, 1) == "\n" ? 0 : rest.find("\n\n");
    if(blank == std::string_view::npos)
    {
        in.body = rest;
        return in;
    }
    std::string_view lines = rest.substr(0, blank);
    in.body = rest.substr(blank + (blank == 0 ? 1 : 2));
    while(!lines.empty())
    {
        std::size_t nl = lines.find('\n');
        std::string_view line = lines.substr(0, nl);
        lines = nl == std::string_view::npos ? std::string_view() : lines.substr(nl + 1);
        std::size_t colon = line.find(':');
        if(colon == std::string_view::npos)
            in.headers.emplace_back("x-amzn-errortype", std::string(line));
        else
            in.headers.emplace_back(std::string(line.substr(0, colon)), std::string(line.substr(colon + 1)));
    }
    return in;
}

// --- the error's identity, from parse_response's documentation ---------------

bool same_name(std::string_view a, std::string_view b)
{
    if(a.size() != b.size())
        return false;
    for(std::size_t i = 0; i < a.size(); ++i)
    {
        auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
        if(lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

struct identity
{
    std::string raw;
    std::string type;
    std::string message;
};

identity identify(input const& in)
{
    identity id;
    for(auto const& h : in.headers)
        if(same_name(h.first, "x-amzn-errortype"))
        {
            std::string_view v = h.second;
            std::size_t b = v.find_first_not_of(" \t");
            v = b == std::string_view::npos ? std::string_view() : v.substr(b, v.find_last_not_of(" \t") - b + 1);
            id.raw = std::string(v);
            break;  // the first field only
        }
    // The body counts when it is a JSON object within the decode limits.
    bj::value doc;
    if(!in.body.empty() && in.body.size() <= in.opts.max_input_size)
    {
        bj::parse_options po;
        po.max_depth = std::min<std::size_t>(in.opts.max_depth, ng::max_depth_ceiling);
        boost::system::error_code ec;
        doc = bj::parse(in.body, ec, {}, po);
        if(ec)
            doc = nullptr;
    }
    auto text = [&](char const* key) -> std::string {
        auto const* o = doc.if_object();
        auto const* v = o ? o->if_contains(key) : nullptr;
        return v && v->is_string() ? std::string(v->get_string()) : std::string();
    };
    if(id.raw.empty())
        id.raw = text("code");
    if(id.raw.empty())
        id.raw = text("__type");
    std::string_view t = id.raw;
    t = t.substr(0, t.find(':'));
    if(t.rfind('#') != std::string_view::npos)
        t = t.substr(t.rfind('#') + 1);
    id.type = std::string(t);
    bool message_is_text = doc.is_object() && doc.get_object().if_contains("message") &&
                           doc.get_object().if_contains("message")->is_string();
    id.message = text(message_is_text ? "message" : "Message");
    return id;
}

// The model's traits, restated: which errors each operation models, how to retry.
bool modeled_by(std::size_t op, std::string_view type)
{
    for(char const* n : {"ThrottlingException", "ValidationException", "InternalServerException",
                         "ResourceNotFoundException"})
        if(type == n)
            return true;
    return op == 0 && type == "ConflictException";  // CancelImportTask only
}

ng::retry_kind retry_of(std::string_view type)
{
    if(type == "ThrottlingException")
        return ng::retry_kind::throttling;
    if(type == "InternalServerException")
        return ng::retry_kind::transient;
    return ng::retry_kind::none;
}

std::string describe(input const& in)
{
    std::string d = "op " + std::to_string(in.op) + ", status " + std::to_string(in.status) +
                    (in.opts.strict ? ", strict" : "") + (in.opts.max_depth == 4 ? ", small limits" : "");
    for(auto const& h : in.headers)
        d += "\nheader " + ng::detail::quoted(h.first) + ": " + ng::detail::quoted(h.second);
    d += "\nbody " + ng::detail::quoted(in.body, 2000);
    return d;
}

// --- the checks ---------------------------------------------------------------

template <class Op>
void check_success(input const& in, ng::operation_result<Op> const& r, std::string const& d)
{
    auto ref = ng::decode<typename Op::output>(in.body.empty() ? std::string_view("{}") : in.body, in.opts);
    if(ref)
    {
        FUZZ_CHECK(r.has_value() && *r == *ref, d);
        return;
    }
    FUZZ_CHECK(!r, d);
    auto const e = r.error();
    auto const* x = e.template get_if<ng::error>();
    FUZZ_CHECK(x && e.status() == in.status, d);
    FUZZ_CHECK(x->code == ref.error().code && x->path == ref.error().path, d + "\n" + x->what());
    FUZZ_CHECK(!e.is_modeled() && e.name().empty(), d);
    FUZZ_CHECK(ng::retryable(e) == ng::retry_kind::none && e.fault() == ng::error_fault::server, d);
}

template <class Op, class E>
void check_modeled(input const& in, typename Op::error_type const& e, identity const& id, std::string const& d)
{
    auto const* got = e.template get_if<E>();
    FUZZ_CHECK(got && e.is_modeled(), d);
    FUZZ_CHECK(e.name() == ng::shape_name<E>::value, d);
    FUZZ_CHECK(ng::retryable(e) == retry_of(id.type), d);
    auto const fault = id.type == "InternalServerException" ? ng::error_fault::server : ng::error_fault::client;
    FUZZ_CHECK(e.fault() == fault, d);

    E want{};
    if(!in.body.empty())
        if(auto b = ng::decode<E>(in.body, in.opts))
            want = std::move(*b);
    if(want.message.empty())
        want.message = id.message;
    FUZZ_CHECK(*got == want, d);
    FUZZ_CHECK(e.message() == want.message, d);

    // What a server sends for it reads back as the same error.
    auto resp = ng::make_error_response(*got);
    FUZZ_CHECK(resp.has_value(), d + "\n" + resp.error().what());
    auto back = ng::parse_response<Op>(*resp);
    FUZZ_CHECK(!back, d + "\nresent: " + resp->body);
    auto const be = back.error();
    auto const* again = be.template get_if<E>();
    FUZZ_CHECK(again && *again == *got, d + "\nresent: " + resp->body);
    FUZZ_CHECK(be.status() == ng::error_binding<E>::status, d);
}

template <class Op>
void check_failure(input const& in, ng::operation_result<Op> const& r, std::string const& d)
{
    FUZZ_CHECK(!r, d);
    auto const e = r.error();
    FUZZ_CHECK(e.status() == in.status && !e.template is<ng::error>(), d);
    FUZZ_CHECK(!e.what().empty(), d);
    identity const id = identify(in);
    std::string const di = d + "\nexpected type '" + ng::detail::quoted(id.type) + "'";

    if(modeled_by(in.op, id.type))
    {
        bool found = false;
        boost::mp11::mp_for_each<typename Op::errors>([&](auto tag) {
            using E = decltype(tag);
            if(ng::shape_name<E>::value == id.type)
            {
                found = true;
                check_modeled<Op, E>(in, e, id, di);
            }
        });
        FUZZ_CHECK(found, di);
        return;
    }
    auto const* u = e.template get_if<ng::unmodeled_error>();
    FUZZ_CHECK(u && !e.is_modeled(), di);
    FUZZ_CHECK(u->status == in.status && u->type == id.type && u->raw_type == id.raw, di);
    FUZZ_CHECK(u->message == id.message && e.name() == id.type && e.message() == id.message, di);
    FUZZ_CHECK(ng::retryable(e) == ng::retry_kind::none, di);
    FUZZ_CHECK(e.fault() == (in.status >= 500 ? ng::error_fault::server : ng::error_fault::client), di);
}

template <class Op>
void run(input const& in)
{
    auto r = ng::parse_response<Op>(in.status, in.headers, in.body, in.opts);
    std::string const d = describe(in);
    if(in.status >= 200 && in.status < 300)
        check_success<Op>(in, r, d);
    else
        check_failure<Op>(in, r, d);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    if(size < 3)
        return 0;
    input const in = split(data, size);
    boost::mp11::mp_with_index<3>(in.op, [&](auto I) {
        run<boost::mp11::mp_at_c<ng::operations, I>>(in);
    });
    return 0;
}
