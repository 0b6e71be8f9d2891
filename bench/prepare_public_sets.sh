#!/usr/bin/env bash
# Rebuild every public non-GVA set earlier sessions measured on, into DATA, exactly as they were drawn.
#
# Why: machines are wiped between sessions, and DATA (never committed: the texts belong to their
# publishers) went with them. The judged lists in training/judged/ give spans in these files and
# their *.documents.tsv the SHA-256 of each article, so a set must come out byte for byte as it
# was drawn; this runs the builders in the order and with the exclusions the sets were first drawn
# with (training/judged/README.md, README.md), from the same public snapshots, pinned by commit.
#
#   bench/prepare_public_sets.sh DATA SRC ECB_GIT MSRP_GIT CDCR_GIT BASIL_GIT WCEP_GIT POLNEAR_GIT
#
# Each *_GIT is a fetched snapshot's git directory (no work tree needed):
#   ECB_GIT      tommasoc80/EventStoryLine: holds ECB+_LREC2014 unzipped (cltl/ecbPlus's own
#                snapshot lacks ECB+.zip, a large file; the csv and zip blobs are the same as there)
#   MSRP_GIT     galsang/ABCNN: MSRP_Corpus/msr_paraphrase_train_backup.txt (all 4,076 train pairs)
#                and msr_paraphrase_test.txt (1,725)
#   CDCR_GIT     anastasia-zhukova/Diverse_CDCR_datasets: GVC at e12c8bf; NewsWCL50.conll at master
#                9dfb462 (e12c8bf has only the renamed reparse, not the file bench/newswcl50.py names)
#   BASIL_GIT    launchnlp/BASIL, WCEP_GIT chrishokamp/dynamic-transformer-ensembles,
#   POLNEAR_GIT  networkdynamics/PolNeAR (train split only; ../shared/eval/polnear.py prepare)
# ALLSIDES_GIT (optional, in the environment): HLTCHKUST/framing-bias-metric, whose AllSides roundups of 2021
#                bench/allsides.py draws from. When it is set, its pin is checked and the AllSides sets named in
#                ALLSIDES_DRAWN below are drawn again in order, each excluding those before it; then the draws of
#                the same repository's NeuS probe files (bench/allsides_probe.py) named in ROUNDUP_DRAWN, the same way.
# SRC receives the extracted files (keep it outside any repository). DATA receives sets/NAME,
# msrp/ and polnear/. GVC is built last and needs the GVA draws of bench/gva.py in DATA/sets
# (gva, gva500, gvaB-E, gvaG-J): gvcdev and gvcheldout were drawn excluding those (75 articles and
# 36 incidents, 67 and 32); draws made later are not excluded, or the two sets would change.
# PYTHON (default .venv/bin/python) runs the builders; run from the repository's root.
set -euo pipefail

if [ $# -ne 8 ]; then
    sed -n '/^#   bench/p' "$0" >&2
    exit 2
fi
DATA=$1 SRC=$2 ECB_GIT=$3 MSRP_GIT=$4 CDCR_GIT=$5 BASIL_GIT=$6 WCEP_GIT=$7 POLNEAR_GIT=$8
PYTHON=${PYTHON:-.venv/bin/python}
SETS=$DATA/sets

ECB_COMMIT=46edefee5e82e0917b823abe0a18bf8c7770f15c
MSRP_COMMIT=f95b9a171f1d41cb8012af2f69d5d845f5703463
GVC_COMMIT=e12c8bfd843593b3a04bafea505bff173da8704b
NEWSWCL50_COMMIT=9dfb46284593bdd35d1a5b5c758c9aa71cb43f1a
BASIL_COMMIT=4fdbc4f68d5ddae648990063cb6dd11424d96222
WCEP_COMMIT=bcd91da4b70086a8f7a3a45bbfed03d4bbf497e7
POLNEAR_COMMIT=c3eee833c035bf7b8c84f55b58c0bf7346cfae76
ALLSIDES_COMMIT=1586f55a9011853224ca4d0cee164c46f6137557
ALLSIDES_GIT=${ALLSIDES_GIT:-}
# The AllSides sets judged so far, in the order drawn (bench/allsides.py, 20 stories each unless ALLSIDES_EVENTS
# says otherwise): a session that judges a draw adds its name here, so the next machine draws it again before any
# fresh one. The last 25 stories were split in two draws, so that two judges could each read one.
ALLSIDES_DRAWN=(allsidesA allsidesB allsidesC allsidesD allsidesE allsidesF allsidesG allsidesH allsidesI allsidesJ allsidesK allsidesL allsidesM allsidesN allsidesO allsidesP allsidesQ allsidesR allsidesS allsidesT allsidesU allsidesV allsidesW allsidesX allsidesY allsidesZ)
declare -A ALLSIDES_EVENTS=([allsidesY]=13 [allsidesZ]=12)
# The draws of the NeuS probe files judged so far, in the order drawn (bench/allsides_probe.py, from the same snapshot
# as the AllSides crawl, 20 stories each unless ROUNDUP_EVENTS says otherwise).
ROUNDUP_DRAWN=(roundupA roundupB)
declare -A ROUNDUP_EVENTS=()

# The builders of BASIL, WCEP and PolNeAR read a snapshot's HEAD: a newer snapshot may draw otherwise.
pins=("$BASIL_GIT $BASIL_COMMIT" "$WCEP_GIT $WCEP_COMMIT" "$POLNEAR_GIT $POLNEAR_COMMIT")
[ -z "$ALLSIDES_GIT" ] || pins+=("$ALLSIDES_GIT $ALLSIDES_COMMIT")
for pinned in "${pins[@]}"; do
    set -- $pinned
    head=$(git --git-dir="$1" rev-parse HEAD)
    [ "$head" = "$2" ] || echo "warning: $1 is at $head, the sets were drawn from $2" >&2
done

extract() {  # git dir, commit, paths...: the paths at that commit, under SRC
    local git_dir=$1 commit=$2
    shift 2
    # git archive names each absent large blob of the snapshot ("error: invalid object"), paths asked or not
    git --git-dir="$git_dir" archive "$commit" -- "$@" 2> >(grep -v '^error: invalid object' >&2) | tar -x -C "$SRC"
}

fresh() {  # the sets named, removed first so no file of an earlier build stays behind
    for name in "$@"; do rm -rf "${SETS:?}/$name"; done
}

# AllSides' crawl and its NeuS probe files are drawn the same way: a judged draw must come out as it was judged, so
# each is drawn again in order, excluding the draws before it (the stories it drew are not offered again).
drawn_in_turn() {  # draw script, name of its stories-per-set table, sets in the order drawn
    local script=$1 name excludes=()
    local -n events=$2
    shift 2
    if [ -z "$ALLSIDES_GIT" ]; then echo "skipped: ALLSIDES_GIT is not set"; return; fi
    fresh "$@"
    for name in "$@"; do
        "$PYTHON" "$script" "$ALLSIDES_GIT" "$SETS/$name" --events "${events[$name]:-20}" "${excludes[@]}"
        excludes+=(--exclude "$SETS/$name")
    done
}

mkdir -p "$SRC" "$SETS" "$DATA/msrp"

echo "== ECB+: dev, heldout, train"
extract "$ECB_GIT" "$ECB_COMMIT" "ECB+_LREC2014/ECB+" "ECB+_LREC2014/ECBplus_coreference_sentences.csv"
fresh dev heldout train
"$PYTHON" bench/ecbplus.py "$SRC/ECB+_LREC2014" "$SETS"

echo "== MSRP"
git --git-dir="$MSRP_GIT" show "$MSRP_COMMIT:MSRP_Corpus/msr_paraphrase_train_backup.txt" > "$DATA/msrp/msr_paraphrase_train.txt"
git --git-dir="$MSRP_GIT" show "$MSRP_COMMIT:MSRP_Corpus/msr_paraphrase_test.txt" > "$DATA/msrp/msr_paraphrase_test.txt"

echo "== PolNeAR train"
rm -rf "${DATA:?}/polnear"
"$PYTHON" ../shared/eval/polnear.py prepare "$POLNEAR_GIT" "$DATA/polnear"

echo "== BASIL: basil, basilB-E, each excluding the draws before it"
fresh basil basilB basilC basilD basilE
excludes=()
for name in basil basilB basilC basilD basilE; do
    "$PYTHON" bench/basil.py "$BASIL_GIT" "$SETS/$name" "${excludes[@]}"
    excludes+=(--exclude "$SETS/$name")
done

echo "== WCEP: wcepA-C, each excluding the draws before it, then wcepD (the 3 events left)"
fresh wcepA wcepB wcepC wcepD
excludes=()
for name in wcepA wcepB wcepC; do
    "$PYTHON" bench/wcep.py "$WCEP_GIT" "$SETS/$name" "${excludes[@]}"
    excludes+=(--exclude "$SETS/$name")
done
"$PYTHON" bench/wcep.py "$WCEP_GIT" "$SETS/wcepD" --events 3 "${excludes[@]}"

echo "== NewsWCL50: newswcl50dev, newswcl50heldout"
extract "$CDCR_GIT" "$NEWSWCL50_COMMIT" NewsWCL50-prep/output_data/NewsWCL50.conll
fresh newswcl50dev newswcl50heldout
"$PYTHON" bench/newswcl50.py "$SRC/NewsWCL50-prep/output_data/NewsWCL50.conll" "$SETS"

echo "== GVC: gvcdev, gvcheldout, excluding the GVA draws made before them"
extract "$CDCR_GIT" "$GVC_COMMIT" GVC-prep/output_data/val GVC-prep/output_data/test
excludes=()
for name in gva gva500 gvaB gvaC gvaD gvaE gvaG gvaH gvaI gvaJ; do
    [ -f "$SETS/$name/events.json" ] || { echo "GVC needs the GVA draw $SETS/$name (bench/gva.py) first" >&2; exit 1; }
    excludes+=(--exclude "$SETS/$name")
done
fresh gvcdev gvcheldout
"$PYTHON" bench/gvc.py "$SRC/GVC-prep/output_data" "$SETS" "${excludes[@]}"

echo "== AllSides: ${ALLSIDES_DRAWN[*]:-no set judged yet}, each excluding the draws before it"
drawn_in_turn bench/allsides.py ALLSIDES_EVENTS "${ALLSIDES_DRAWN[@]}"

echo "== AllSides stories of the NeuS probe files: ${ROUNDUP_DRAWN[*]:-no set judged yet}, each excluding the draws before it"
drawn_in_turn bench/allsides_probe.py ROUNDUP_EVENTS "${ROUNDUP_DRAWN[@]}"
