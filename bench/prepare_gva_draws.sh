#!/bin/sh
# Draw every Gun Violence Archive set of the earlier sessions again, in the order they were first drawn, then check
# them against training/judged/*.documents.tsv (bench/check_draws.py; exit code 1 on any difference).
#
#     bench/prepare_gva_draws.sh CORPUS DATA
#
# CORPUS is the crawl's the_violent_corpus folder (cltl/LongTailQATask, EventRegistries/GunViolenceArchive), DATA the
# folder whose sets/ receives the draws. Why: machines are wiped between sessions and the hand verdicts in
# training/judged/ are kept by file and span only, so the draws must come back byte-identical. bench/gva.py draws with a
# fixed seed among the incidents its --exclude sets did not take, so each set depends on every set drawn before it:
# the order and the --exclude lists below are those training/judged/README.md records. gvaD and gvaF were not written
# down: both are 15 incidents x 3 reports excluding every earlier draw, which gvaE's and gvaG's SHA-256 confirm (and the
# README's counts: 27 incidents with three reports left for gvaM, which leaves gvaF out as recorded). gvafit is
# gva500 without gva's incidents (training/gate_fit_set.py). A set whose events.json exists is kept, not drawn again.
set -eu
if [ $# -ne 2 ]; then
    echo "usage: $0 CORPUS DATA" >&2
    exit 2
fi
CORPUS=$1
SETS=$2/sets
BENCH=$(dirname "$0")
PYTHON=${PYTHON:-python3}

# draw NAME ARGS... [-- EARLIER...]: bench/gva.py with ARGS and an --exclude of each EARLIER set.
draw() {
    name=$1
    shift
    args=""
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do
        args="$args $1"
        shift
    done
    [ $# -gt 0 ] && shift
    for earlier in "$@"; do
        args="$args --exclude $SETS/$earlier"
    done
    if [ -f "$SETS/$name/events.json" ]; then
        echo "$name: kept"
        return
    fi
    printf '%s: ' "$name"
    # shellcheck disable=SC2086
    nice "$PYTHON" "$BENCH/gva.py" "$CORPUS" "$SETS/$name" $args | cut -c1-100
}

THREES="--articles 3 --events 15"
TWOS="--articles 2 --events 20"
draw gva
draw gva500 --events 167 --articles 3
draw gvaB -- gva gva500
draw gvaC $THREES -- gva gva500 gvaB
draw gvaD $THREES -- gva gva500 gvaB gvaC
draw gvaE $THREES -- gva gva500 gvaB gvaC gvaD
draw gvaF $THREES -- gva gva500 gvaB gvaC gvaD gvaE
draw gvaG $THREES -- gva gva500 gvaB gvaC gvaD gvaE gvaF
draw gvaH $THREES -- gva gva500 gvaB gvaC gvaD gvaE gvaF gvaG
draw gvaI $THREES -- gva gva500 gvaB gvaC gvaD gvaE gvaF gvaG gvaH
draw gvaJ $THREES -- gva gva500 gvaB gvaC gvaD gvaE gvaF gvaG gvaH gvaI
draw gvaK $TWOS -- gva gva500 gvaB gvaC gvaD gvaE gvaF gvaG gvaH gvaI gvaJ
draw gvaL $TWOS -- gva gva500 gvaB gvaC gvaD gvaE gvaF gvaG gvaH gvaI gvaJ gvaK
# session 53's disc drew gvaM beside judgek53's gvaK/gvaL and without gvaF, as recorded
draw gvaM $THREES -- gva gva500 gvaB gvaC gvaD gvaE gvaG gvaH gvaI gvaJ
if [ -f "$SETS/gvafit/events.json" ]; then
    echo "gvafit: kept"
else
    printf 'gvafit: '
    "$PYTHON" "$BENCH/../training/gate_fit_set.py" "$SETS/gva500" "$SETS/gvafit" --exclude "$SETS/gva"
fi
EARLIER="gva gva500 gvaB gvaC gvaD gvaE gvaF gvaG gvaH gvaI gvaJ gvaK gvaL gvaM gvafit"
draw gvaN $TWOS -- $EARLIER
draw gvaO $TWOS -- $EARLIER gvaN
draw gvaP $TWOS -- $EARLIER gvaN gvaO
draw gvaQ $TWOS -- $EARLIER gvaN gvaO gvaP
draw gvaR $TWOS -- $EARLIER gvaN gvaO gvaP gvaQ
draw gvaS $TWOS -- $EARLIER gvaN gvaO gvaP gvaQ gvaR
# session 57's blind draws (no documents list until a judge has read them). gvaU leaves out the incidents of GVC's
# dev and test splits too (the GVC sets of bench/prepare_public_sets.sh come first): drawn without, it took two of
# gvcdev's, whose reports development has read.
draw gvaT $TWOS -- $EARLIER gvaN gvaO gvaP gvaQ gvaR gvaS
if [ -f "$SETS/gvcdev/events.json" ] && [ -f "$SETS/gvcheldout/events.json" ]; then
    draw gvaU $TWOS -- $EARLIER gvaN gvaO gvaP gvaQ gvaR gvaS gvaT gvcdev gvcheldout
    # session 58's blind draws: every earlier draw left out, GVC's splits too, as gvaU.
    draw gvaV $TWOS -- $EARLIER gvaN gvaO gvaP gvaQ gvaR gvaS gvaT gvaU gvcdev gvcheldout
    draw gvaW $TWOS -- $EARLIER gvaN gvaO gvaP gvaQ gvaR gvaS gvaT gvaU gvcdev gvcheldout gvaV
    # session 58's dev set of city round-ups (bench/roundup_set.py: its own rule and seed), every draw above left out
    if [ -f "$SETS/round58dev/events.json" ]; then
        echo "round58dev: kept"
    else
        args=""
        for earlier in $EARLIER gvaN gvaO gvaP gvaQ gvaR gvaS gvaT gvaU gvaV gvaW gvcdev gvcheldout; do
            args="$args --exclude $SETS/$earlier"
        done
        printf 'round58dev: '
        # shellcheck disable=SC2086
        nice "$PYTHON" "$BENCH/roundup_set.py" "$CORPUS" "$SETS/round58dev" $args
    fi
    # session 59's blind draws: every earlier draw left out, round58dev and GVC's splits too, gvaY also gvaX.
    LATER="gvaN gvaO gvaP gvaQ gvaR gvaS gvaT gvaU gvaV gvaW round58dev gvcdev gvcheldout"
    draw gvaX $TWOS -- $EARLIER $LATER
    draw gvaY $TWOS -- $EARLIER $LATER gvaX
    # session 60's blind draws: every earlier draw left out (gvaX and gvaY too), gvaZ2 also gvaZ1.
    draw gvaZ1 $TWOS -- $EARLIER $LATER gvaX gvaY
    draw gvaZ2 $TWOS -- $EARLIER $LATER gvaX gvaY gvaZ1
    # session 61's blind draws: every earlier draw left out (gvaZ1 and gvaZ2 too), gvaZ4 also gvaZ3.
    draw gvaZ3 $TWOS -- $EARLIER $LATER gvaX gvaY gvaZ1 gvaZ2
    draw gvaZ4 $TWOS -- $EARLIER $LATER gvaX gvaY gvaZ1 gvaZ2 gvaZ3
    # session 62's blind draws: every earlier draw left out (gvaZ3 and gvaZ4 too), gvaZ6 also gvaZ5.
    draw gvaZ5 $TWOS -- $EARLIER $LATER gvaX gvaY gvaZ1 gvaZ2 gvaZ3 gvaZ4
    draw gvaZ6 $TWOS -- $EARLIER $LATER gvaX gvaY gvaZ1 gvaZ2 gvaZ3 gvaZ4 gvaZ5
    # session 63's blind draws: every earlier draw left out (gvaZ5 and gvaZ6 too), gvaZ8 also gvaZ7.
    draw gvaZ7 $TWOS -- $EARLIER $LATER gvaX gvaY gvaZ1 gvaZ2 gvaZ3 gvaZ4 gvaZ5 gvaZ6
    draw gvaZ8 $TWOS -- $EARLIER $LATER gvaX gvaY gvaZ1 gvaZ2 gvaZ3 gvaZ4 gvaZ5 gvaZ6 gvaZ7
    # session 64's blind draws: every earlier draw left out (gvaZ7 and gvaZ8 too), gvaZ10 also gvaZ9.
    draw gvaZ9 $TWOS -- $EARLIER $LATER gvaX gvaY gvaZ1 gvaZ2 gvaZ3 gvaZ4 gvaZ5 gvaZ6 gvaZ7 gvaZ8
    draw gvaZ10 $TWOS -- $EARLIER $LATER gvaX gvaY gvaZ1 gvaZ2 gvaZ3 gvaZ4 gvaZ5 gvaZ6 gvaZ7 gvaZ8 gvaZ9
    # session 65's blind draws: every earlier draw left out (gvaZ9 and gvaZ10 too), gvaZ12 also gvaZ11.
    draw gvaZ11 $TWOS -- $EARLIER $LATER gvaX gvaY gvaZ1 gvaZ2 gvaZ3 gvaZ4 gvaZ5 gvaZ6 gvaZ7 gvaZ8 gvaZ9 gvaZ10
    draw gvaZ12 $TWOS -- $EARLIER $LATER gvaX gvaY gvaZ1 gvaZ2 gvaZ3 gvaZ4 gvaZ5 gvaZ6 gvaZ7 gvaZ8 gvaZ9 gvaZ10 gvaZ11
    # session 66's blind draws: every earlier draw left out (gvaZ11 and gvaZ12 too), gvaZ14 also gvaZ13.
    draw gvaZ13 $TWOS -- $EARLIER $LATER gvaX gvaY gvaZ1 gvaZ2 gvaZ3 gvaZ4 gvaZ5 gvaZ6 gvaZ7 gvaZ8 gvaZ9 gvaZ10 gvaZ11 gvaZ12
    draw gvaZ14 $TWOS -- $EARLIER $LATER gvaX gvaY gvaZ1 gvaZ2 gvaZ3 gvaZ4 gvaZ5 gvaZ6 gvaZ7 gvaZ8 gvaZ9 gvaZ10 gvaZ11 gvaZ12 gvaZ13
    # session 67's blind draw: the 13 incidents with two usable reports that no earlier draw took (the crawl holds no
    # more: every later GVA draw would repeat an incident).
    draw gvaZ15 --articles 2 --events 13 -- $EARLIER $LATER gvaX gvaY gvaZ1 gvaZ2 gvaZ3 gvaZ4 gvaZ5 gvaZ6 gvaZ7 gvaZ8 gvaZ9 gvaZ10 gvaZ11 gvaZ12 gvaZ13 gvaZ14
else
    echo "gvaU, gvaV, gvaW, round58dev, gvaX, gvaY, gvaZ1, gvaZ2, gvaZ3, gvaZ4, gvaZ5, gvaZ6, gvaZ7, gvaZ8, gvaZ9, gvaZ10, gvaZ11, gvaZ12, gvaZ13, gvaZ14, gvaZ15: not drawn (build gvcdev and gvcheldout first: bench/prepare_public_sets.sh)"
fi

"$PYTHON" "$BENCH/check_draws.py" "$2"
