#!/usr/bin/env python3
"""Draws the benchmark charts as SVG.

    scripts/plot_benchmarks.py [--results build/bench/results.json]
                               [--compile-cost build/bench/compile_cost.json]
                               [--out docs/charts]

From the Google Benchmark JSON that scripts/bench.sh saves (names
<op>/<corpus>/<impl>, the median of repetitions as in benchmarks/report.py):
decode_throughput.svg and encode_throughput.svg, MB/s per corpus with a bar
per implementation. From scripts/compile_cost.py's JSON: compile_cost.svg,
seconds per translation unit beside the compiler's peak RSS. A chart whose
input file is absent is left out.

Needs matplotlib (Debian: python3-matplotlib). The SVGs are deterministic: the
same JSON gives the same bytes (fixed svg.hashsalt, no date in the metadata).
"""
import argparse
import json
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "benchmarks"))
import report  # noqa: E402  (collect(): the medians per op, corpus and implementation)

plt.rcParams.update({
    "svg.hashsalt": "neptune-graph-benchmarks",
    "svg.fonttype": "path",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
})
METADATA = {"Date": None, "Creator": "scripts/plot_benchmarks.py"}

# One colour per implementation, the same in every chart.
IMPL_ORDER = [
    "neptune_graph", "neptune_graph_validate", "neptune_graph_reuse",
    "boost_json_value_to", "boost_json_value_from", "boost_json_dom",
    "nlohmann", "rapidjson", "simdjson_ondemand", "null_handler_bound",
]
PALETTE = plt.get_cmap("tab10").colors + plt.get_cmap("Dark2").colors


def impl_color(impl):
    if impl in IMPL_ORDER:
        return PALETTE[IMPL_ORDER.index(impl)]
    return PALETTE[(len(IMPL_ORDER) + sum(map(ord, impl))) % len(PALETTE)]


def context_line(ctx):
    return (f"{ctx.get('date', '')}, {ctx.get('num_cpus', '?')} CPUs @ {ctx.get('mhz_per_cpu', '?')} MHz; "
            f"MB/s = 1e6 bytes of JSON per CPU second, median of the repetitions")


def throughput_chart(data, op, path):
    order, rows = report.collect(data)
    corpora = [corpus for (o, corpus) in order if o == op]
    if not corpora:
        return False
    impls = []
    for corpus in corpora:
        for impl in rows[(op, corpus)]:
            if impl not in impls:
                impls.append(impl)
    impls.sort(key=lambda i: IMPL_ORDER.index(i) if i in IMPL_ORDER else len(IMPL_ORDER))

    width = 0.8 / len(impls)
    fig, ax = plt.subplots(figsize=(max(7.0, 1.0 + 0.22 * len(impls) * len(corpora)), 4.8))
    for k, impl in enumerate(impls):
        xs, ys = [], []
        for c, corpus in enumerate(corpora):
            r = rows[(op, corpus)].get(impl)
            if r and r["mbs"] > 0:
                xs.append(c - 0.4 + width * (k + 0.5))
                ys.append(r["mbs"])
        ax.bar(xs, ys, width=width * 0.92, color=impl_color(impl), label=impl)
    ax.set_xticks(range(len(corpora)))
    ax.set_xticklabels(corpora, rotation=20, ha="right")
    ax.set_ylabel("MB/s (higher is better)")
    fig.suptitle(f"{op} throughput per corpus", x=0.01, ha="left", fontsize=11)
    fig.text(0.01, 0.005, context_line(data.get("context", {})), fontsize=7, color="0.35")
    ax.yaxis.grid(True, color="0.9")
    ax.set_axisbelow(True)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    fig.tight_layout(rect=(0, 0.03, 1, 0.97))
    fig.savefig(path, format="svg", metadata=METADATA)
    plt.close(fig)
    return True


def compile_cost_chart(data, path):
    tus = data.get("tus", [])
    if not tus:
        return False
    names = [t["name"] for t in tus]
    ok = [t.get("status") == "ok" for t in tus]
    secs = [t["median_seconds"] if o else 0.0 for t, o in zip(tus, ok)]
    rss = [t["peak_rss_mib"] if o else 0.0 for t, o in zip(tus, ok)]
    ys = list(range(len(tus)))
    ours = ["#1f77b4" if t["name"].startswith(("codec", "umbrella", "model_alone")) else "#7f7f7f"
            for t in tus]

    fig, (left, right) = plt.subplots(1, 2, sharey=True, figsize=(10.0, 0.38 * len(tus) + 1.6),
                                      gridspec_kw={"width_ratios": [3, 2]})
    left.barh(ys, secs, color=ours, height=0.7)
    right.barh(ys, rss, color=ours, height=0.7)
    for y, t, o, s, m in zip(ys, tus, ok, secs, rss):
        if o:
            left.text(s, y, f" {s:.1f} s", va="center", fontsize=8)
            right.text(m, y, f" {m:.0f}", va="center", fontsize=8)
        else:
            word = "not run" if t.get("status") == "skipped" else t.get("status", "?")
            left.text(0, y, f" {word}: {t.get('reason', '')}"[:70], va="center", fontsize=7, color="0.35")
    left.set_yticks(ys)
    left.set_yticklabels(names)
    left.invert_yaxis()
    ctx = data.get("context", {})
    left.set_xlabel(f"seconds (median of {ctx.get('reps', '?')} compiles, wall clock)")
    right.set_xlabel("compiler peak RSS (MiB)")
    for ax in (left, right):
        ax.xaxis.grid(True, color="0.9")
        ax.set_axisbelow(True)
        ax.margins(x=0.15)
    for t in data.get("targets", []):
        if t.get("metric") == "peak_rss_mib" and t.get("denominator") is None:
            right.axvline(t["limit"], color="#d62728", linestyle="--", linewidth=1)
            right.text(t["limit"], -0.7, f" {t['limit']:g} MiB target", color="#d62728", fontsize=7, va="bottom")
    flags = " ".join(ctx.get("common_flags", []))
    fig.suptitle("compile cost per translation unit (benchmarks/compile/); blue: this library",
                 x=0.01, ha="left", fontsize=11)
    fig.text(0.01, 0.005, f"{ctx.get('compiler_version', '')}  {flags}  {ctx.get('date', '')}",
             fontsize=7, color="0.35")
    fig.tight_layout(rect=(0, 0.03, 1, 0.97))
    fig.savefig(path, format="svg", metadata=METADATA)
    plt.close(fig)
    return True


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--results", default="build/bench/results.json",
                   help="Google Benchmark JSON (default: %(default)s)")
    p.add_argument("--compile-cost", default="build/bench/compile_cost.json",
                   help="scripts/compile_cost.py's JSON (default: %(default)s)")
    p.add_argument("--out", default=os.path.join("docs", "charts"), help="output directory (default: %(default)s)")
    args = p.parse_args()

    os.makedirs(args.out, exist_ok=True)
    drawn = []
    if os.path.exists(args.results):
        with open(args.results) as f:
            data = json.load(f)
        for op in ("decode", "encode"):
            path = os.path.join(args.out, f"{op}_throughput.svg")
            if throughput_chart(data, op, path):
                drawn.append(path)
    else:
        print(f"plot_benchmarks: no {args.results}, no throughput charts", file=sys.stderr)
    if os.path.exists(args.compile_cost):
        with open(args.compile_cost) as f:
            data = json.load(f)
        path = os.path.join(args.out, "compile_cost.svg")
        if compile_cost_chart(data, path):
            drawn.append(path)
    else:
        print(f"plot_benchmarks: no {args.compile_cost}, no compile-cost chart", file=sys.stderr)
    for path in drawn:
        print(f"wrote {path}")
    return 0 if drawn else 1


if __name__ == "__main__":
    sys.exit(main())
