// The codec: decode, encode, options, errors and DOM interop.
//
// With NEPTUNE_GRAPH_SEPARATE_COMPILATION defined, only the entry points are
// declared here (json/fwd.hpp), and for the service's shapes declared extern
// (service/entry_points.hpp): <neptune_graph/src.hpp>, in one of your source
// files, defines them. For shapes of your own, or DOM interop, include
// json/decode.hpp, json/encode.hpp or json/dom.hpp directly.
#ifndef NEPTUNE_GRAPH_JSON_HPP
#define NEPTUNE_GRAPH_JSON_HPP

#include <neptune_graph/error.hpp>
#include <neptune_graph/json/fwd.hpp>
#include <neptune_graph/json/options.hpp>

#ifdef NEPTUNE_GRAPH_SEPARATE_COMPILATION
#include <neptune_graph/service/entry_points.hpp>
#else
#include <neptune_graph/json/decode.hpp>
#include <neptune_graph/json/dom.hpp>
#include <neptune_graph/json/encode.hpp>
#endif

#endif
