#!/usr/bin/env python3
"""Prints a table from Google Benchmark JSON on stdin (or a file argument): MB/s
per case and implementation, the ratio to neptune_graph measured in the same
run, and the heap allocations of one call; then the performance targets, each
with the measured ratio and MET / NOT MET; then how close the implementations
come to the bound of their operation (decode: null_handler_bound, encode:
memcpy_bound), measured in the same run.

Benchmark names are <op>/<corpus>/<impl>. With --benchmark_repetitions the
median of the repetitions is used.

--no-targets leaves the targets out: for neptune_graph_bench_glaze, which has
none of the peers they name."""
import json
import statistics
import sys

# (label, op, numerator impl, denominator impl, target), checked on each TARGET_CORPORA.
# The ratio is MB/s(numerator) / MB/s(denominator); a target is met when the
# ratio is at least the target.
TARGETS = [
    ("decode neptune_graph / boost_json_value_to", "decode", "neptune_graph", "boost_json_value_to", 3.0),
    ("decode neptune_graph / rapidjson", "decode", "neptune_graph", "rapidjson", 1.2),
    ("decode neptune_graph / simdjson_ondemand", "decode", "neptune_graph", "simdjson_ondemand", 0.8),
    ("encode neptune_graph / boost_json_value_from", "encode", "neptune_graph", "boost_json_value_from", 4.0),
    ("encode neptune_graph / rapidjson", "encode", "neptune_graph", "rapidjson", 1.0),
    # decode + validate may take at most 1.25x the time of decode alone: speed ratio >= 0.8
    ("decode+validate / decode (speed)", "decode", "neptune_graph_validate", "neptune_graph", 0.8),
]
TARGET_CORPORA = ["list_10000", "get_import_task"]
# Shuffled key order against the same document in model order (neptune_graph decode).
SHUFFLED = [("list_100_shuffled", "list_100"), ("get_import_task_shuffled", "get_import_task")]
SHUFFLED_TARGET = 0.7
# stream_decoder fed 4 KiB chunks against decode of the whole text (neptune_graph).
CHUNKED = [("list_10000", 0.9)]
# The reference case of each operation: part of the work every implementation
# of it does (decode: Boost.JSON's parser with a handler that does nothing, the
# ceiling of decoders built on that parser; encode: copying the finished text).
# Each of BOUND_IMPLS that ran is shown as a fraction of it.
BOUNDS = {"decode": "null_handler_bound", "encode": "memcpy_bound"}
BOUND_IMPLS = ["neptune_graph", "neptune_graph_reuse", "glaze", "glaze_reused"]


def load(args):
    if args:
        with open(args[0]) as f:
            return json.load(f)
    return json.load(sys.stdin)


def collect(data):
    """{(op, corpus): {impl: {"mbs": float, "allocs": float|None}}}, in run order."""
    runs = {}
    order = []
    for b in data.get("benchmarks", []):
        if b.get("run_type") == "aggregate" or b.get("error_occurred"):
            continue
        parts = b.get("run_name", b["name"]).split("/")
        if len(parts) < 3:
            continue
        op, corpus, impl = parts[:3]
        key = (op, corpus)
        if key not in runs:
            runs[key] = {}
            order.append(key)
        r = runs[key].setdefault(impl, {"mbs": [], "allocs": []})
        r["mbs"].append(b.get("bytes_per_second", 0.0) / 1e6)
        if "allocs" in b:
            r["allocs"].append(b["allocs"])
    rows = {}
    for key in order:
        rows[key] = {}
        for impl, r in runs[key].items():
            rows[key][impl] = {
                "mbs": statistics.median(r["mbs"]),
                "allocs": statistics.median(r["allocs"]) if r["allocs"] else None,
            }
    return order, rows


def mbs(rows, op, corpus, impl):
    r = rows.get((op, corpus), {}).get(impl)
    return r["mbs"] if r and r["mbs"] > 0 else None


def verdict(ratio, target):
    if ratio is None:
        return f"{'n/a':>8}  (target >= {target:g}x)  NOT RUN"
    return f"{ratio:>7.2f}x  (target >= {target:g}x)  {'MET' if ratio >= target else 'NOT MET'}"


def print_targets(rows):
    print()
    print("targets")
    for label, op, num, den, target in TARGETS:
        for corpus in TARGET_CORPORA:
            a, b = mbs(rows, op, corpus, num), mbs(rows, op, corpus, den)
            ratio = a / b if a and b else None
            print(f"  {label:<46} {corpus:<26} {verdict(ratio, target)}")
    for shuffled, same in SHUFFLED:
        a, b = mbs(rows, "decode", shuffled, "neptune_graph"), mbs(rows, "decode", same, "neptune_graph")
        ratio = a / b if a and b else None
        print(f"  {'decode neptune_graph shuffled / same order':<46} {shuffled:<26} {verdict(ratio, SHUFFLED_TARGET)}")
    for corpus, target in CHUNKED:
        a, b = mbs(rows, "decode_chunked", corpus, "neptune_graph"), mbs(rows, "decode", corpus, "neptune_graph")
        ratio = a / b if a and b else None
        print(f"  {'decode_chunked neptune_graph / decode':<46} {corpus:<26} {verdict(ratio, target)}")


def main():
    args = sys.argv[1:]
    targets = "--no-targets" not in args
    data = load([a for a in args if a != "--no-targets"])
    order, rows = collect(data)
    ctx = data.get("context", {})
    print(f"# {ctx.get('date', '')}  {ctx.get('num_cpus', '?')} CPUs @ {ctx.get('mhz_per_cpu', '?')} MHz"
          f"  load {ctx.get('load_avg', '?')}  (MB/s = 1e6 bytes per CPU second)")
    sizes = [f"{k[len('corpus '):]}={v}" for k, v in ctx.items() if k.startswith("corpus ")]
    if sizes:
        print("# corpora: " + ", ".join(sizes))
    print(f"{'case':<34} {'impl':<22} {'MB/s':>9} {'vs neptune_graph':>17} {'allocs':>9}")
    for key in order:
        base = rows[key].get("neptune_graph", {}).get("mbs")
        for impl, r in rows[key].items():
            ratio = f"{r['mbs'] / base:.2f}x" if base else "-"
            allocs = f"{r['allocs']:.0f}" if r["allocs"] is not None else "-"
            print(f"{key[0] + '/' + key[1]:<34} {impl:<22} {r['mbs']:>9.1f} {ratio:>17} {allocs:>9}")

    if targets:
        print_targets(rows)

    print()
    print("bounds (MB/s as a fraction of the bound's, same run)")
    for op, corpus in order:
        bound = BOUNDS.get(op)
        b = mbs(rows, op, corpus, bound) if bound else None
        if not b:
            continue
        for impl in BOUND_IMPLS:
            a = mbs(rows, op, corpus, impl)
            if a:
                print(f"  {op + ' ' + impl + ' / ' + bound:<48} {corpus:<26} {a / b:>7.2f}x")


if __name__ == "__main__":
    main()
