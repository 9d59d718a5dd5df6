// The nextToken of the List operations, and the paging it drives.
//
// A token is the last task id of its page behind a version prefix,
// base64url-encoded: opaque to the client, stable (the same page always gives
// the same token), and the server keeps no state for it.
#ifndef NEPTUNE_GRAPH_EXAMPLE_SERVER_PAGE_TOKEN_HPP
#define NEPTUNE_GRAPH_EXAMPLE_SERVER_PAGE_TOKEN_HPP

#include <neptune_graph/neptune_graph.hpp>
#include <neptune_graph/validate.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace example {

namespace ng = neptune_graph;

inline constexpr std::string_view token_version = "v1:";
inline constexpr char base64url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

inline std::string make_token(std::string const& last_id)
{
    std::string plain = std::string(token_version) + last_id;
    std::string token;
    std::uint32_t bits = 0;
    int nbits = 0;
    for(unsigned char c : plain)
    {
        bits = (bits << 8) | c;
        nbits += 8;
        for(; nbits >= 6; nbits -= 6)
            token += base64url[(bits >> (nbits - 6)) & 63];
    }
    if(nbits > 0)
        token += base64url[(bits << (6 - nbits)) & 63];
    return token;
}

/// The task id a token carries, or nothing if the token is not one of ours.
inline std::optional<std::string> read_token(std::string_view token)
{
    std::string plain;
    std::uint32_t bits = 0;
    int nbits = 0;
    for(char c : token)
    {
        char const* p = std::char_traits<char>::find(base64url, 64, c);
        if(!p)
            return std::nullopt;
        bits = (bits << 6) | static_cast<std::uint32_t>(p - base64url);
        nbits += 6;
        if(nbits >= 8)
        {
            nbits -= 8;
            plain += static_cast<char>((bits >> nbits) & 0xFF);
        }
    }
    std::string_view v = plain;
    if(v.substr(0, token_version.size()) != token_version)
        return std::nullopt;
    ng::GetImportTaskInput id{std::string(v.substr(token_version.size()))};
    if(!ng::validate(id).empty())  // a task id, as the model writes them
        return std::nullopt;
    return std::move(id.taskIdentifier);
}

/// The answer to a token the server did not hand out.
inline ng::ValidationException bad_token(std::string_view operation)
{
    ng::ValidationException v;
    v.message = "Invalid nextToken: pass a nextToken that " + std::string(operation) + " returned, unchanged";
    v.reason = ng::ValidationExceptionReason::BAD_REQUEST;
    return v;
}

/** One page of `tasks` (a map ordered by task id): the entries after the
    token's task that `keep` accepts, at most `page_size`, each made a summary
    by `summarize`. Sets `out.nextToken` when more follow. False for a bad token. */
template <class Map, class Output, class Keep, class Summarize>
bool fill_page(Map const& tasks, std::optional<std::string> const& next_token, std::size_t page_size, Output& out,
               Keep keep, Summarize summarize)
{
    auto it = tasks.begin();
    if(next_token)
    {
        std::optional<std::string> after = read_token(*next_token);
        if(!after)
            return false;
        it = tasks.upper_bound(*after);
    }
    for(; it != tasks.end() && out.tasks.size() < page_size; ++it)
        if(keep(it->second))
            out.tasks.push_back(summarize(it->second));
    while(it != tasks.end() && !keep(it->second))
        ++it;
    if(it != tasks.end())
        out.nextToken = make_token(out.tasks.back().taskId);
    return true;
}

} // namespace example

#endif
