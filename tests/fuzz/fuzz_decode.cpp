// libFuzzer target: decode any bytes as any top-level shape, from text and from a DOM.
//
// Byte 0 picks the shape (among all_shapes) and the options (see fuzz_common.hpp);
// the rest is the input. Oracles, besides "no crash, no sanitizer report":
//  - a failed decode has an errc or Boost.JSON code, a path from "$", an offset
//    inside the input and a message;
//  - decode_into, which reuses what its target holds, gives what decode gives,
//    whatever the target held (a full random value, or this input's own result);
//  - a valid document cut short is refused as incomplete (code json.incomplete,
//    offset = the length of what is left) unless a semantic error comes first;
//  - when Boost.JSON parses the same bytes, decoding its DOM has the same outcome
//    (success with an equal value, or failure with the same code and path).
//    Skipped where the DOM cannot say what the text said: doubles (the DOM
//    keeps a rounded binary value, not the digits), duplicate keys (the DOM
//    keeps the last one), input_too_large (no DOM counterpart).
#include "fuzz_common.hpp"
#include "support/random_shapes.hpp"

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <vector>

namespace {

namespace ng = neptune_graph;
namespace bj = boost::json;

// True when some object of the (valid) text has the same key twice: the DOM
// keeps only the last, so it cannot reproduce whatever the text decode reported.
struct key_counter
{
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);
    std::vector<std::vector<std::string>> objects;  // keys of each open object (arrays: none)
    std::string key;
    bool duplicate = false;
    using ec_t = boost::system::error_code;
    bool on_document_begin(ec_t&) { return true; }
    bool on_document_end(ec_t&) { return true; }
    bool on_object_begin(ec_t&) { objects.emplace_back(); return true; }
    bool on_object_end(std::size_t, ec_t&) { objects.pop_back(); return true; }
    bool on_array_begin(ec_t&) { objects.emplace_back(); return true; }
    bool on_array_end(std::size_t, ec_t&) { objects.pop_back(); return true; }
    bool on_key_part(std::string_view s, std::size_t, ec_t&) { key.append(s); return true; }
    bool on_key(std::string_view s, std::size_t, ec_t&)
    {
        key.append(s);
        auto& keys = objects.back();
        for(auto const& k : keys)
            duplicate = duplicate || k == key;
        keys.push_back(std::move(key));
        key.clear();
        return true;
    }
    bool on_string_part(std::string_view, std::size_t, ec_t&) { return true; }
    bool on_string(std::string_view, std::size_t, ec_t&) { return true; }
    bool on_number_part(std::string_view, ec_t&) { return true; }
    bool on_int64(std::int64_t, std::string_view, ec_t&) { return true; }
    bool on_uint64(std::uint64_t, std::string_view, ec_t&) { return true; }
    bool on_double(double, std::string_view, ec_t&) { return true; }
    bool on_bool(bool, ec_t&) { return true; }
    bool on_null(ec_t&) { return true; }
    bool on_comment_part(std::string_view, ec_t&) { return true; }
    bool on_comment(std::string_view, ec_t&) { return true; }
};

bool has_duplicate_key(std::string_view in)
{
    bj::parse_options po;
    po.max_depth = 4096;
    bj::basic_parser<key_counter> p(po);
    boost::system::error_code ec;
    p.write_some(false, in.data(), in.size(), ec);
    return p.handler().duplicate;
}

bool has_double(bj::value const& v)
{
    switch(v.kind())
    {
    case bj::kind::double_: return true;
    case bj::kind::array:
        for(auto const& e : v.get_array())
            if(has_double(e))
                return true;
        return false;
    case bj::kind::object:
        for(auto const& kv : v.get_object())
            if(has_double(kv.value()))
                return true;
        return false;
    default: return false;
    }
}

// A value of T with (nearly) every member set, from a fixed seed.
template <class T>
T random_full(unsigned seed)
{
    neptune_graph_test::rng_t rng(seed);
    return neptune_graph_test::random_value<T>(rng);
}

std::string describe(ng::error const& e)
{
    return e.code.to_string() + " at " + e.path + " (offset " + std::to_string(e.offset) + "): " +
           e.message;
}

void check_error(ng::error const& e, std::string_view in)
{
    FUZZ_CHECK(e.code.failed(), describe(e));
    FUZZ_CHECK(!e.path.empty() && e.path[0] == '$', describe(e));
    FUZZ_CHECK(e.offset <= in.size(), describe(e));
    FUZZ_CHECK(!e.message.empty(), describe(e));
    FUZZ_CHECK(e.what() == e.path + ": " + e.message, describe(e));
}

// The same value after a trip through pass-through encoding and a DOM: unknown
// union members keep raw text, which differs in layout between text and DOM input.
template <class T>
bj::value normalized(T const& v)
{
    ng::encode_options eo;
    eo.pass_through_unknown = true;
    auto text = ng::encode(v, eo);
    FUZZ_CHECK(text.has_value(), "encode failed on a decoded value");
    bj::parse_options po;
    po.max_depth = 4096;
    boost::system::error_code ec;
    bj::value jv = bj::parse(*text, ec, {}, po);
    FUZZ_CHECK(!ec, *text);
    return jv;
}

template <class T>
void run(std::string_view in, ng::decode_options const& opts)
{
    auto text = ng::decode<T>(in, opts);
    if(!text)
        check_error(text.error(), in);

    // decode_into agrees with decode whatever its target held, and leaves T{}
    // behind on failure.
    static T const full[] = {random_full<T>(1), random_full<T>(2), random_full<T>(3)};
    for(int k = 0; k < 2; ++k)
    {
        T into = k == 0 ? full[in.size() % 3] : T{};
        for(int again = 0; again < k + 1; ++again)  // k == 1: into its own result
        {
            auto r = ng::decode_into(into, in, opts);
            FUZZ_CHECK(r.has_value() == text.has_value(), in);
            if(text)
                FUZZ_CHECK(into == *text, "decode_into into a used target differs");
            else
                FUZZ_CHECK(into == T{} && r.error().code == text.error().code &&
                               r.error().path == text.error().path && r.error().offset == text.error().offset,
                           describe(r.error()));
        }
    }

    bj::parse_options po;
    po.max_depth = 4096;  // deeper than any limit of the codec: the codec must refuse
    boost::system::error_code ec;
    bj::value jv = bj::parse(in, ec, {}, po);
    if(ec)
        return;
    // A proper prefix of a valid document, cut before its last token ends, is
    // incomplete: refused, and if by the parser then as incomplete, with the
    // whole prefix read (a semantic error before the cut may come first).
    std::size_t last = in.find_last_not_of(" \t\r\n");
    if(last != std::string_view::npos)
    {
        std::size_t cut = (in.size() * 7919u + static_cast<unsigned char>(in[last / 2])) % (last + 1);
        auto part = ng::decode<T>(in.substr(0, cut), opts);
        FUZZ_CHECK(!part.has_value(), "a proper prefix of a document decodes");
#ifdef NEPTUNE_GRAPH_FUZZ_SKIP_KNOWN
        // Known, reported, not fixed yet (tests/fuzz/regressions/fuzz_decode/
        // cut-after-decimal-point-is-syntax.bin): a cut right after a number's
        // '.' or exponent sign is json.syntax. Skipped to explore further.
        std::string_view head = in.substr(0, cut);
        bool known = !head.empty() && (head.back() == '.' ||
                                       ((head.back() == '+' || head.back() == '-') && head.size() > 1 &&
                                        (head[head.size() - 2] == 'e' || head[head.size() - 2] == 'E')));
        if(!known && part.error().code.category() != ng::neptune_graph_category())
#else
        if(part.error().code.category() != ng::neptune_graph_category())
#endif
            FUZZ_CHECK(part.error().code == boost::json::error::incomplete && part.error().offset == cut,
                       "cut at " + std::to_string(cut) + ": " + describe(part.error()));
    }

    auto dom = ng::decode<T>(jv, opts);
    if(!dom)
        check_error(dom.error(), in);
    if(has_double(jv))
        return;
    if(!text && text.error().code == ng::errc::input_too_large)
        return;
    if(has_duplicate_key(in))
        return;
    if(text && dom)
    {
        if(!(*text == *dom))
            FUZZ_CHECK(normalized(*text) == normalized(*dom), in);
        return;
    }
    FUZZ_CHECK(text.has_value() == dom.has_value(),
               text ? "text ok, DOM: " + describe(dom.error()) : "DOM ok, text: " + describe(text.error()));
    FUZZ_CHECK(text.error().code == dom.error().code && text.error().path == dom.error().path,
               "text: " + describe(text.error()) + "\nDOM:  " + describe(dom.error()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    if(size == 0)
        return 0;
    std::string_view in(reinterpret_cast<char const*>(data) + 1, size - 1);
    ng::decode_options opts = fuzz::options_of(data[0]);
    fuzz::with_shape(data[0], [&](auto* tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        run<T>(in, opts);
    });
    return 0;
}
