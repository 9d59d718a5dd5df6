// libFuzzer target: request bodies through route<operations>, for the three
// operations that start a task.
//
// Input: byte 0 picks the operation (b % 3: StartImportTask,
// CreateGraphUsingImportTask, StartExportTask); the rest is the body.
//
// Oracles, besides "no crash, no sanitizer report, no leak":
//  - the outcome is what reading the body says it must be: a body the codec
//    cannot read is a 400 BAD_REQUEST; a body it reads with a required member
//    absent, or with values that break the constraints (strict), is a 400
//    CONSTRAINT_VIOLATION; anything else is accepted;
//  - a 400 is `x-amzn-errortype: ValidationException` whose body decodes,
//    strictly, with a reason and a message that starts `N validation
//    error(s) detected: `, and a client reads it back as that error;
//  - an accepted input validates clean, and make_request of it builds a
//    request that routes back to an equal input.
#include "fuzz_common.hpp"

#include <boost/mp11/list.hpp>

#include <cstdint>
#include <string>
#include <type_traits>
#include <vector>

namespace {

namespace ng = neptune_graph;
using starters = boost::mp11::mp_list<ng::StartImportTask, ng::CreateGraphUsingImportTask, ng::StartExportTask>;

constexpr char const* target_of[] = {"/graphs/g-0123456789/importtasks", "/importtasks", "/exporttasks"};

std::string describe(std::string_view target, std::string_view body)
{
    return "request: POST " + std::string(target) + "\nbody: " + ng::detail::quoted(body, 2000);
}

template <class Op>
void run(std::string_view target, std::string_view body)
{
    using input = typename Op::input;
    std::string const d = describe(target, body);
    auto r = ng::route<ng::operations>("POST", target, body);

    // What the body says, read again the way a server must read it.
    input expect{};
    std::vector<ng::absent_member> absent;
    constexpr auto mask = ng::body_members<input>();
    auto read = ng::decode_members_into<mask>(expect, body.empty() ? std::string_view("{}") : body, {}, &absent);
    ng::validate_options strict;
    strict.strict = true;

    if(!read)
    {
        FUZZ_CHECK(!r, d);
    }
    else
    {
        if constexpr(std::is_same<Op, ng::StartImportTask>::value)
            expect.graphIdentifier = "g-0123456789";
        bool const valid = absent.empty() && ng::validate(expect, strict).empty();
        FUZZ_CHECK(r.has_value() == valid, d + (r ? std::string() : "\n" + r.error().body));
    }
    if(!r)
    {
        ng::http_response const& resp = r.error();
        FUZZ_CHECK(resp.status == 400, d);
        FUZZ_CHECK(ng::find_header(resp.headers, "x-amzn-errortype") == std::string_view("ValidationException"), d);
        ng::decode_options strict_decode;
        strict_decode.strict = true;
        auto e = ng::decode<ng::ValidationException>(resp.body, strict_decode);
        FUZZ_CHECK(e.has_value() && e->reason.has_value(), d + "\n" + resp.body);
        auto const want = read ? ng::ValidationExceptionReason::CONSTRAINT_VIOLATION
                               : ng::ValidationExceptionReason::BAD_REQUEST;
        FUZZ_CHECK(*e->reason == want, d + "\n" + resp.body);
        FUZZ_CHECK(e->message.find(" validation error") != std::string::npos, d);
        auto c = ng::parse_response<Op>(resp);
        FUZZ_CHECK(!c, d);
        auto const ce = c.error();
        auto const* v = ce.template get_if<ng::ValidationException>();
        FUZZ_CHECK(v && *v == *e, d);
        return;
    }
    input const& in = boost::variant2::get<input>(*r);
    FUZZ_CHECK(in == expect, d);
    FUZZ_CHECK(ng::validate(in, strict).empty(), d);
    auto req = ng::make_request<Op>(in);
    FUZZ_CHECK(req.has_value(), d + "\nmake_request: " + req.error().what());
    auto again = ng::route<ng::operations>(req->method, req->target, req->body);
    FUZZ_CHECK(again.has_value() && *again == *r, d + "\nrebuilt body: " + req->body);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    if(size < 1)
        return 0;
    std::size_t const op = data[0] % 3;
    std::string_view const body(reinterpret_cast<char const*>(data) + 1, size - 1);
    boost::mp11::mp_with_index<3>(op, [&](auto I) {
        run<boost::mp11::mp_at_c<starters, I>>(target_of[I], body);
    });
    return 0;
}
