#!/usr/bin/env python3
"""Compile cost of the translation units in benchmarks/compile/.

    scripts/compile_cost.py COMPILER ROOT OUTPUT_JSON [REPS] [--include DIR]...

Compiles every TU REPS times (default 3) with `COMPILER -std=c++17 -O2 -c`,
-I ROOT/include and any --include DIR (the peers' include directories when
they are not on the compiler's default path; Debian puts RapidJSON, simdjson
and nlohmann/json in /usr/include). Prints a markdown table, per TU the median
wall-clock seconds of the REPS compiles and the peak resident set size of the
compiler, then the targets with their ratios and PASS / MISS, and writes the
same figures as JSON to OUTPUT_JSON (scripts/plot_benchmarks.py draws them).

The runs go round-robin (every TU once, then every TU again), so a change of
load on the machine during the run falls on all rows alike.

How it measures: each compile is a child process waited for with os.wait4(),
whose rusage covers the child and the processes it waited for (g++ runs cc1plus
and as); ru_maxrss is the largest resident set among them (the compiler
proper, in practice), in KiB on Linux, the figure GNU time prints as %M.
Seconds are time.perf_counter() around the child. MiB = 2^20 bytes.

glaze.cpp is compiled only when the environment variable GLAZE_INCLUDE_DIR
names Glaze's include directory (with -std=c++2b); if it does not compile, its
row says why and the run goes on. Any other TU that does not compile makes the
exit status 1, after the table.
"""
import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

BASE_FLAGS = ["-std=c++17", "-O2", "-c"]

# (file in benchmarks/compile/, what it compiles, extra flags)
TUS = [
    ("dom.cpp", "Boost.JSON DOM: parse + serialize", []),
    ("null_handler.cpp", "Boost.JSON basic_parser, a do-nothing handler", []),
    ("rapidjson_codec.cpp", "RapidJSON peer: decode + encode of the two shapes", []),
    ("simdjson_codec.cpp", "simdjson peer: decode of the two shapes", []),
    ("nlohmann_codec.cpp", "nlohmann/json peer: decode + encode of the two shapes", []),
    ("codec.cpp", "model.hpp + json.hpp: decode + encode of the two shapes", []),
    ("umbrella_two.cpp", "umbrella: decode + validate + encode of the two shapes", []),
    ("umbrella_all.cpp", "umbrella: decode + validate + encode of every operation's input and output", []),
    ("umbrella_all_separate.cpp", "umbrella_all.cpp, separate compilation",
     ["-DNEPTUNE_GRAPH_SEPARATE_COMPILATION"]),
    ("model_alone.cpp", "model.hpp, nothing used", []),
    ("model_deps.cpp", "model.hpp's dependencies alone", []),
]
GLAZE = ("glaze.cpp", "Glaze: read + write of the two shapes as plain structs", ["-std=c++2b"])

# (label, numerator TU, denominator TU or None, metric, limit): met when
# numerator / denominator (or the value itself, without a denominator) <= limit.
TARGETS = [
    ("codec.cpp / rapidjson_codec.cpp", "codec.cpp", "rapidjson_codec.cpp", "seconds", 1.5),
    ("model_alone.cpp / model_deps.cpp", "model_alone.cpp", "model_deps.cpp", "seconds", 1.5),
    ("umbrella_all.cpp peak RSS", "umbrella_all.cpp", None, "peak_rss_mib", 512.0),
    ("umbrella_all_separate.cpp / dom.cpp", "umbrella_all_separate.cpp", "dom.cpp", "seconds", 1.5),
]


def compile_once(cmd, cwd):
    """(wall seconds, peak RSS in KiB, exit code, stderr text) of one compile."""
    with tempfile.TemporaryFile(mode="w+b") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return seconds, usage.ru_maxrss, proc.returncode, text


def first_error(text):
    for line in text.splitlines():
        if "error" in line:
            return line.strip()
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else "no diagnostic"


def compiler_version(compiler):
    try:
        out = subprocess.run([compiler, "--version"], capture_output=True, text=True, check=False)
        return out.stdout.splitlines()[0] if out.stdout else ""
    except OSError as e:
        return f"unknown ({e})"


def measure(args):
    root = os.path.abspath(args.root)
    includes = ["-Iinclude"] + ["-I" + os.path.abspath(d) for d in args.include]
    rows = []
    for name, what, extra in TUS:
        rows.append({"name": name, "what": what, "extra_flags": extra, "optional": False})
    glaze_dir = os.environ.get("GLAZE_INCLUDE_DIR", "")
    glaze_dir = os.path.abspath(glaze_dir) if glaze_dir else ""
    g_name, g_what, g_extra = GLAZE
    rows.append({"name": g_name, "what": g_what, "extra_flags": g_extra, "optional": True,
                 "include": glaze_dir})

    with tempfile.TemporaryDirectory(prefix="compile_cost.") as tmp:
        for row in rows:
            src = "benchmarks/compile/" + row["name"]  # compiled from the root
            obj = os.path.join(tmp, row["name"] + ".o")
            if row["optional"]:
                if not glaze_dir:
                    row["status"] = "skipped"
                    row["reason"] = "GLAZE_INCLUDE_DIR not set"
                    continue
                flags = [f for f in BASE_FLAGS if not f.startswith("-std=")] + row["extra_flags"]
                cmd = [args.compiler] + flags + ["-I" + glaze_dir, src, "-o", obj]
            else:
                cmd = [args.compiler] + BASE_FLAGS + row["extra_flags"] + includes + [src, "-o", obj]
            row["command"] = cmd
            row["status"] = "ok"
            row["seconds"] = []
            row["rss_kib"] = []

        for rep in range(args.reps):
            for row in rows:
                if row["status"] != "ok":
                    continue
                seconds, rss, code, err = compile_once(row["command"], root)
                if code != 0:
                    row["status"] = "unavailable" if row["optional"] else "failed"
                    row["reason"] = first_error(err)
                    print(f"compile_cost: {row['name']} did not compile:\n{err}", file=sys.stderr)
                    continue
                row["seconds"].append(seconds)
                row["rss_kib"].append(rss)
                print(f"compile_cost: rep {rep + 1}/{args.reps} {row['name']}: {seconds:.2f} s, "
                      f"{rss / 1024:.0f} MiB", file=sys.stderr)

    for row in rows:
        if row["status"] == "ok":
            row["median_seconds"] = statistics.median(row["seconds"])
            row["peak_rss_mib"] = max(row["rss_kib"]) / 1024.0
        row.pop("include", None)
        if "command" in row:  # as it reads from the root, the object file left out
            row["command"] = " ".join(row["command"][:-2])
    return rows


def evaluate(rows):
    by_name = {r["name"]: r for r in rows}

    def metric(name, key):
        r = by_name.get(name)
        if not r or r["status"] != "ok":
            return None
        return r["median_seconds"] if key == "seconds" else r["peak_rss_mib"]

    out = []
    for label, num, den, key, limit in TARGETS:
        a = metric(num, key)
        if den is None:
            ratio = a / limit if a is not None else None
            value = a
        else:
            b = metric(den, key)
            ratio = a / b if a is not None and b else None
            value = ratio
        verdict = "NOT RUN" if value is None else ("PASS" if value <= limit else "MISS")
        out.append({"label": label, "metric": key, "numerator": num, "denominator": den,
                    "value": value, "ratio": ratio, "limit": limit, "verdict": verdict})
    return out


def print_table(rows, targets, context):
    print(f"# compile cost: {context['compiler_version']}; `{' '.join(BASE_FLAGS)}`; "
          f"median of {context['reps']} wall-clock compiles; load {context['load_avg']}")
    print()
    print("| TU | seconds | peak RSS (MiB) | flags besides the common ones | what it compiles |")
    print("|---|---:|---:|---|---|")
    for r in rows:
        flags = " ".join(r["extra_flags"]) or "-"
        if r["status"] == "ok":
            print(f"| `{r['name']}` | {r['median_seconds']:.2f} | {r['peak_rss_mib']:.0f} | {flags} | {r['what']} |")
        else:
            word = {"skipped": "not run", "unavailable": "unavailable", "failed": "FAILED"}[r["status"]]
            reason = r["reason"].replace("|", "\\|")
            print(f"| `{r['name']}` | {word}: {reason} | | {flags} | {r['what']} |")
    print()
    print("targets")
    for t in targets:
        if t["denominator"] is None:
            if t["value"] is None:
                shown = f"{'n/a':>8}"
            else:
                shown = f"{t['value']:>5.0f} MiB = {t['ratio']:.2f}x the limit"
            print(f"  {t['label']:<40} {shown}  (target <= {t['limit']:g} MiB)  {t['verdict']}")
        else:
            shown = f"{t['ratio']:>7.2f}x" if t["ratio"] is not None else f"{'n/a':>8}"
            print(f"  {t['label']:<40} {shown}  (target <= {t['limit']:g}x, {t['metric']})  {t['verdict']}")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("compiler")
    p.add_argument("root", help="the repository's root")
    p.add_argument("output", help="where the JSON goes")
    p.add_argument("reps", nargs="?", type=int, default=3)
    p.add_argument("--include", action="append", default=[], metavar="DIR",
                   help="another -I directory for the library and peer TUs (repeatable)")
    args = p.parse_args()
    if args.reps < 1:
        p.error("reps must be at least 1")

    rows = measure(args)
    targets = evaluate(rows)
    context = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "host": platform.node(),
        "num_cpus": os.cpu_count(),
        "load_avg": [round(x, 2) for x in os.getloadavg()],
        "compiler": args.compiler,
        "compiler_version": compiler_version(args.compiler),
        "common_flags": BASE_FLAGS,
        "reps": args.reps,
        "method": "wall: time.perf_counter around the child; peak RSS: ru_maxrss of os.wait4",
    }
    print_table(rows, targets, context)
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w") as f:
        json.dump({"context": context, "tus": rows, "targets": targets}, f, indent=2)
        f.write("\n")
    failed = [r["name"] for r in rows if r["status"] == "failed"]
    if failed:
        print(f"compile_cost: did not compile: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
