// The codec: decode, encode, options, errors and DOM interop.
#ifndef NEPTUNE_GRAPH_JSON_HPP
#define NEPTUNE_GRAPH_JSON_HPP

#include <neptune_graph/error.hpp>
#include <neptune_graph/json/decode.hpp>
#include <neptune_graph/json/dom.hpp>
#include <neptune_graph/json/encode.hpp>
#include <neptune_graph/json/options.hpp>

#endif
