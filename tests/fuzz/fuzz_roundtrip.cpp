// libFuzzer target: the round-trip oracle.
//
// Byte 0 picks the shape and decode options (see fuzz_common.hpp), bit 2 of
// byte0 / shape_count pretty-prints; the rest is the input. Whatever decodes
// must encode (with pass-through of unknown union members), decode again to an
// equal value, and encode again to the same bytes.
#include "fuzz_common.hpp"

namespace {

namespace ng = neptune_graph;

template <class T>
void run(std::string_view in, ng::decode_options const& opts, bool pretty)
{
    auto first = ng::decode<T>(in, opts);
    if(!first)
        return;
    ng::encode_options eo;
    eo.pass_through_unknown = true;
    eo.pretty = pretty;
    auto text1 = ng::encode(*first, eo);
    if(!text1)
        fuzz::die("a decoded value does not encode", text1.error().what());

    // The encoding holds every required member even where the input had none
    // (their keys may pass a small max_string_size) and may be re-indented: it
    // is read back with the default limits, and the same strictness.
    ng::decode_options again;
    again.strict = opts.strict;
    auto second = ng::decode<T>(*text1, again);
    if(!second)
        fuzz::die("the encoding does not decode", second.error().what() + "\n" + *text1);
    if(!(*second == *first))
        fuzz::die("decode(encode(x)) != x", *text1);
    auto text2 = ng::encode(*second, eo);
    if(!text2 || *text2 != *text1)
        fuzz::die("encode is not stable", *text1 + "\n" + (text2 ? *text2 : text2.error().what()));

    // Compact and pretty encodings decode to the same value.
    eo.pretty = !pretty;
    auto other = ng::encode(*first, eo);
    if(!other)
        fuzz::die("encode failed in the other layout", other.error().what());
    auto third = ng::decode<T>(*other, again);
    if(!third || !(*third == *first))
        fuzz::die("the other layout decodes to another value", *other);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    if(size == 0)
        return 0;
    std::string_view in(reinterpret_cast<char const*>(data) + 1, size - 1);
    ng::decode_options opts = fuzz::options_of(data[0]);
    bool pretty = (data[0] / fuzz::shape_count & 4) != 0;
    fuzz::with_shape(data[0], [&](auto* tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        run<T>(in, opts, pretty);
    });
    return 0;
}
