// The service's string enums, described so the codec can name their values.
#ifndef NEPTUNE_GRAPH_SERVICE_ENUMS_HPP
#define NEPTUNE_GRAPH_SERVICE_ENUMS_HPP

#include <neptune_graph/model/open_enum.hpp>

#include <boost/describe/enum.hpp>

namespace neptune_graph {

// Enumerator names are the wire strings, so the codec needs no name table.

/// Format of the data to import.
enum class Format { CSV, OPEN_CYPHER, PARQUET, NTRIPLES };
BOOST_DESCRIBE_ENUM(Format, CSV, OPEN_CYPHER, PARQUET, NTRIPLES)

/// Layout of Parquet input.
enum class ParquetType { COLUMNAR };
BOOST_DESCRIBE_ENUM(ParquetType, COLUMNAR)

/// Lifecycle of an import task.
enum class ImportTaskStatus {
    INITIALIZING, EXPORTING, ANALYZING_DATA, IMPORTING, REPROVISIONING,
    ROLLING_BACK, SUCCEEDED, FAILED, CANCELLING, CANCELLED, DELETED
};
BOOST_DESCRIBE_ENUM(ImportTaskStatus,
    INITIALIZING, EXPORTING, ANALYZING_DATA, IMPORTING, REPROVISIONING,
    ROLLING_BACK, SUCCEEDED, FAILED, CANCELLING, CANCELLED, DELETED)

/// Why a request failed validation.
enum class ValidationExceptionReason {
    CONSTRAINT_VIOLATION, ILLEGAL_ARGUMENT, MALFORMED_QUERY, QUERY_CANCELLED,
    QUERY_TOO_LARGE, UNSUPPORTED_OPERATION, BAD_REQUEST
};
BOOST_DESCRIBE_ENUM(ValidationExceptionReason,
    CONSTRAINT_VIOLATION, ILLEGAL_ARGUMENT, MALFORMED_QUERY, QUERY_CANCELLED,
    QUERY_TOO_LARGE, UNSUPPORTED_OPERATION, BAD_REQUEST)

/// Why a request conflicted with the resource's state.
enum class ConflictExceptionReason { CONCURRENT_MODIFICATION };
BOOST_DESCRIBE_ENUM(ConflictExceptionReason, CONCURRENT_MODIFICATION)

/// How RDF blank nodes are imported.
enum class BlankNodeHandling { convertToIri };
BOOST_DESCRIBE_ENUM(BlankNodeHandling, convertToIri)

/// Format of exported data.
enum class ExportFormat { PARQUET, CSV };
BOOST_DESCRIBE_ENUM(ExportFormat, PARQUET, CSV)

/// Lifecycle of an export task.
enum class ExportTaskStatus { INITIALIZING, EXPORTING, SUCCEEDED, FAILED, CANCELLING, CANCELLED, DELETED };
BOOST_DESCRIBE_ENUM(ExportTaskStatus, INITIALIZING, EXPORTING, SUCCEEDED, FAILED, CANCELLING, CANCELLED, DELETED)

/// How a property with several values is exported.
enum class MultiValueHandlingType { TO_LIST, PICK_FIRST };
BOOST_DESCRIBE_ENUM(MultiValueHandlingType, TO_LIST, PICK_FIRST)

} // namespace neptune_graph

#endif
