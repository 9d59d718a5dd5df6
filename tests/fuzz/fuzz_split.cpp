// libFuzzer target: decoding chunk by chunk gives what decoding whole gives.
//
// Byte 0 picks the shape (one of a few, see shape_of) and the options (see
// fuzz_common.hpp); bytes 1-4 seed where the input is cut (byte 1 bit 0: into
// one-byte chunks; else bytes 1-4 draw cuts of random lengths); the rest is the
// input. Oracle: the input decoded whole with decode_into and fed in those
// chunks to stream_decoder give the same value, or the same error (code, path,
// offset, message); after an error every later call gives it again and the
// value is T{}. An input over max_input_size, refused whole before it is read,
// is refused chunked at the chunk that crosses the limit (saying how many bytes
// had come with it), or earlier with the error the whole text would give
// within the limit.
#include "fuzz_common.hpp"

#include <neptune_graph/json/stream_decode.hpp>

#include <cstdio>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace ng = neptune_graph;

std::string describe(ng::error const& e)
{
    std::ostringstream s;
    s << e.code << " at " << e.offset << ": " << e.what();
    return s.str();
}

// The input with other bytes than printable ASCII as \xNN: it may hold NULs.
std::string printable(std::string_view in)
{
    std::string r;
    for(char c : in)
    {
        auto u = static_cast<unsigned char>(c);
        if(u >= 0x20 && u < 0x7f)
            r += c;
        else
        {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", u);
            r += buf;
        }
    }
    return r;
}

bool same(ng::error const& a, ng::error const& b)
{
    return a.code == b.code && a.path == b.path && a.offset == b.offset && a.message == b.message;
}

template <class T>
void run(std::string_view in, ng::decode_options const& opts, std::vector<std::size_t> const& cuts)
{
    T whole;
    auto w = ng::decode_into(whole, in, opts);

    T value;
    ng::stream_decoder<T> d(value, opts);
    ng::result<void> r;
    std::size_t at = 0;
    std::size_t failed_begin = 0, failed_end = 0;  // the chunk whose write failed
    for(std::size_t i = 0; i <= cuts.size(); ++i)
    {
        std::size_t end = i < cuts.size() ? cuts[i] : in.size();
        auto piece = in.substr(at, end - at);
        if(r)
        {
            r = d.write(piece);
            if(!r)
                failed_begin = at, failed_end = end;
        }
        else if(auto again = d.write(piece); again || !same(again.error(), r.error()))
            fuzz::die("a write after an error does not give the error again", describe(r.error()));
        at = end;
    }
    if(r)
        r = d.finish();

    if(in.size() > opts.max_input_size)
    {
        ng::decode_options unlimited = opts;
        unlimited.max_input_size = static_cast<std::size_t>(-1);
        T within;
        w = ng::decode_into(within, in, unlimited);
        if(r)
            fuzz::die("an input over max_input_size is accepted chunked", printable(in));
        if(r.error().code == ng::errc::input_too_large)
        {
            ng::error const e{ng::errc::input_too_large, "$", 0,
                              "input is " + std::to_string(failed_end) + " bytes, more than max_input_size " +
                                  std::to_string(opts.max_input_size)};
            if(!same(r.error(), e) || failed_begin > opts.max_input_size || failed_end <= opts.max_input_size)
                fuzz::die("input_too_large not at the chunk that crosses the limit", describe(r.error()));
            w = e;
        }
        else if(failed_end > opts.max_input_size)
            fuzz::die("an error reported past max_input_size", describe(r.error()));
    }

    std::string const detail = "input: " + printable(in) + "\nwhole: " + (w ? std::string("ok") : describe(w.error())) +
                               "\nchunked: " + (r ? std::string("ok") : describe(r.error()));
    if(w.has_value() != r.has_value())
        fuzz::die("whole and chunked decodes disagree on success", detail);
    if(w)
    {
        if(!(value == whole))
            fuzz::die("whole and chunked decodes give different values", detail);
        return;
    }
    if(!same(w.error(), r.error()))
        fuzz::die("whole and chunked decodes give different errors", detail);
    if(!(value == T{}))
        fuzz::die("a failed chunked decode leaves a value behind", detail);
    auto f = d.finish();
    if(f || !same(f.error(), r.error()))
        fuzz::die("finish after an error does not give the error again", detail);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    if(size < 5)
        return 0;
    std::string_view in(reinterpret_cast<char const*>(data) + 5, size - 5);
    ng::decode_options opts = fuzz::options_of(data[0]);
    std::vector<std::size_t> cuts;
    if(data[1] & 1)
        for(std::size_t i = 1; i < in.size(); ++i)
            cuts.push_back(i);
    else
    {
        std::uint32_t seed = std::uint32_t(data[1]) | std::uint32_t(data[2]) << 8 | std::uint32_t(data[3]) << 16 |
                             std::uint32_t(data[4]) << 24;
        std::minstd_rand rng(seed | 1);
        std::size_t max_chunk = std::size_t(1) << (1 + (data[2] % 10));
        for(std::size_t at = 0;;)
        {
            at += 1 + rng() % max_chunk;
            if(at >= in.size())
                break;
            cuts.push_back(at);
        }
    }
    switch(data[0] % 5)
    {
    case 0: run<ng::GetImportTaskOutput>(in, opts, cuts); break;
    case 1: run<ng::ListImportTasksOutput>(in, opts, cuts); break;
    case 2: run<ng::CreateGraphUsingImportTaskInput>(in, opts, cuts); break;
    case 3: run<ng::ImportOptions>(in, opts, cuts); break;
    default: run<ng::StartExportTaskInput>(in, opts, cuts); break;
    }
    return 0;
}
