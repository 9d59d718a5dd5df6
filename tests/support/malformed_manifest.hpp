// Reading the malformed-input corpus (tests/malformed/): its files, the
// fields of a manifest line, and the decode options a line names. Shared by
// test_malformed (each case's expected outcome) and test_stream_decode (each
// case cut anywhere).
#ifndef NEPTUNE_GRAPH_TESTS_SUPPORT_MALFORMED_MANIFEST_HPP
#define NEPTUNE_GRAPH_TESTS_SUPPORT_MALFORMED_MANIFEST_HPP

#include <neptune_graph/json/options.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace support {

inline std::string read_file(std::string const& path)
{
    std::ifstream f(path, std::ios::binary);
    INFO("reading " << path);
    REQUIRE(f);
    std::ostringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

// The space-separated fields of `line`, at most `max_fields`: the last one
// holds the rest of the line, spaces included.
inline std::vector<std::string> manifest_fields(std::string const& line, std::size_t max_fields)
{
    std::vector<std::string> out;
    std::size_t i = 0;
    while(i < line.size() && out.size() + 1 < max_fields)
    {
        std::size_t j = line.find(' ', i);
        if(j == std::string::npos)
            j = line.size();
        out.push_back(line.substr(i, j - i));
        i = j + 1;
    }
    if(i < line.size())
        out.push_back(line.substr(i));
    return out;
}

// The options field of a manifest line: "-", or a comma-separated list of
// `strict` and `name=value` limits.
inline neptune_graph::decode_options manifest_options(std::string const& spec)
{
    neptune_graph::decode_options o;
    if(spec == "-")
        return o;
    std::istringstream in(spec);
    for(std::string item; std::getline(in, item, ',');)
    {
        if(item == "strict")
        {
            o.strict = true;
            continue;
        }
        auto eq = item.find('=');
        REQUIRE(eq != std::string::npos);
        std::string name = item.substr(0, eq);
        std::size_t value = std::stoull(item.substr(eq + 1));
        if(name == "max_depth")
            o.max_depth = value;
        else if(name == "max_string_size")
            o.max_string_size = value;
        else if(name == "max_list_size")
            o.max_list_size = value;
        else if(name == "max_input_size")
            o.max_input_size = value;
        else
            FAIL("unknown option " << name);
    }
    return o;
}

} // namespace support

#endif
