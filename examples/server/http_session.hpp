// One HTTP/1.1 connection of the example server, on Boost.Beast: read a request, answer it, repeat (keep-alive).
#ifndef NEPTUNE_GRAPH_EXAMPLE_SERVER_HTTP_SESSION_HPP
#define NEPTUNE_GRAPH_EXAMPLE_SERVER_HTTP_SESSION_HPP

#include "service.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <iostream>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>

namespace example {

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

/// What one connection may cost the server.
struct session_limits
{
    /// Request line and header fields. Room for a nextToken of the model's 8192 characters.
    static constexpr std::uint32_t header_bytes = 16 * 1024;
    /// Request body (the Create and Start operations' bodies need a few KB at most).
    static constexpr std::uint64_t body_bytes = 64 * 1024;
    /// A connection that sends nothing for this long is closed; so is a stalled write.
    static constexpr std::chrono::seconds default_idle{30};
};

/** A connection: requests are read and answered one at a time, until the
    client closes, asks to close, goes idle or sends something unreadable.
    Runs on the server's io_context; the state it shares locks itself. */
class http_session : public std::enable_shared_from_this<http_session>
{
public:
    http_session(tcp::socket socket, server_state& state, std::chrono::seconds idle)
        : stream_(std::move(socket)), state_(state), idle_(idle)
    {
    }

    void start() { read(); }

private:
    using response = http::response<http::string_body>;

    void read()
    {
        parser_.emplace();  // a new parser per request: limits apply to each one
        parser_->header_limit(session_limits::header_bytes);
        parser_->body_limit(session_limits::body_bytes);
        stream_.expires_after(idle_);  // for the whole request, however slowly it trickles in
        http::async_read(stream_, buffer_, *parser_,
                         beast::bind_front_handler(&http_session::on_read, shared_from_this()));
    }

    void on_read(beast::error_code ec, std::size_t)
    {
        if(ec == http::error::end_of_stream)
            return close();
        if(ec == http::error::header_limit)
            return send(plain_error(http::status::request_header_fields_too_large, "request header too large"),
                        false);
        if(ec == http::error::body_limit)
            return send(plain_error(http::status::payload_too_large, "request body too large"), false);
        if(ec && ec.category() == beast::error_code(http::error::bad_target).category() &&
           ec != http::error::partial_message)
            return send(plain_error(http::status::bad_request, "malformed HTTP request"), false);
        if(ec)
            return;  // timeout, reset, cut short: nothing to answer, the socket closes

        auto const& req = parser_->get();
        std::string_view method(req.method_string().data(), req.method_string().size());
        std::string_view target(req.target().data(), req.target().size());
        ng::http_response r = serve(state_, method, target, req.body());
        std::clog << method << ' ' << target.substr(0, 200) << (target.size() > 200 ? "..." : "") << " -> "
                  << r.status << std::endl;

        response res;
        res.version(req.version());
        res.result(static_cast<unsigned>(r.status));
        for(auto const& [name, value] : r.headers)
            res.set(name, value);
        res.body() = std::move(r.body);
        send(std::move(res), req.keep_alive());
    }

    // For requests the HTTP layer refuses before any operation is involved.
    static response plain_error(http::status status, std::string_view message)
    {
        response res{status, 11};
        res.set(http::field::content_type, "application/json");
        res.body() = "{\"message\":\"" + std::string(message) + "\"}";
        return res;
    }

    void send(response res, bool keep_alive)
    {
        res.keep_alive(keep_alive);
        res.prepare_payload();
        response_ = std::move(res);
        stream_.expires_after(idle_);
        http::async_write(stream_, response_,
                          beast::bind_front_handler(&http_session::on_write, shared_from_this(), keep_alive));
    }

    void on_write(bool keep_alive, beast::error_code ec, std::size_t)
    {
        if(ec)
            return;
        if(!keep_alive)
            return close();
        read();
    }

    void close()
    {
        beast::error_code ec;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    }

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    server_state& state_;
    std::chrono::seconds idle_;
    std::optional<http::request_parser<http::string_body>> parser_;
    response response_;  // kept alive until written
};

} // namespace example

#endif
