#!/usr/bin/env bash
# Reproduces the classifier numbers in the README (run from anywhere; needs /usr/bin/fasttext and ../shared/data).
#   bench/classifier/run.sh                 # all three: fastText comparison, latency/load, rating prior
#   bench/classifier/run.sh compare --sets waimai_10k,banking77
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build -c Release bench/classifier/ClassifierBench >/dev/null
bench=bench/classifier/ClassifierBench/bin/Release/net10.0/ClassifierBench.dll
if [ $# -gt 0 ]; then
  exec dotnet "$bench" "$@"
fi
dotnet "$bench" latency
dotnet "$bench" rating
dotnet "$bench" compare
