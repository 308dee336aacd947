#include "cli/eval_cmd.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/claim_eval.hpp"
#include "cli/exit_codes.hpp"
#include "cli/gold.hpp"
#include "cli/rule_files.hpp"

namespace claimex::cli {
namespace {

struct Row {
  std::string field;
  Tally tally;
};

// Span + label per label value ("actors.kind[descriptor]"): which kinds lag.
void append_per_label(std::vector<Row>& rows, const std::string& name, const std::vector<Item>& gold,
                      const std::vector<Item>& found) {
  std::set<std::string> labels;
  for (const auto* v : {&gold, &found})
    for (const Item& i : *v) labels.insert(i.label);
  for (const std::string& l : labels) {
    std::vector<Item> g, f;
    for (const Item& i : gold) if (i.label == l) g.push_back(i);
    for (const Item& i : found) if (i.label == l) f.push_back(i);
    rows.push_back({name + ".kind[" + l + "]", score(g, f, SpanMatch::exact, true)});
  }
}

// The scored fields of one extractor: span alone, span overlap, span + label,
// and span + label per label value.
std::vector<Row> rows_for(const std::string& name, const std::vector<Item>& gold, const std::vector<Item>& found) {
  std::vector<Row> rows = {
      {name + ".span", score(gold, found, SpanMatch::exact, false)},
      {name + ".overlap", score(gold, found, SpanMatch::overlap, false)},
      {name + ".kind", score(gold, found, SpanMatch::exact, true)},
  };
  append_per_label(rows, name, gold, found);
  return rows;
}

// The items labelled by their value instead (a date's value, a place's kind).
std::vector<Item> by_value(std::vector<Item> items) {
  for (Item& i : items) i.label = i.value;
  return items;
}

// The TempEval-3 measures: strict and relaxed (overlapping) extent, and the
// type and value attributes over relaxed matches.
std::vector<Row> date_rows(const std::vector<Item>& gold, const std::vector<Item>& found) {
  return {
      {"dates.strict", score(gold, found, SpanMatch::exact, false)},
      {"dates.relaxed", score(gold, found, SpanMatch::overlap, false)},
      {"dates.type", score(gold, found, SpanMatch::overlap, true)},
      {"dates.value", score(by_value(gold), by_value(found), SpanMatch::overlap, true)},
  };
}

// Places: span alone, overlapping span, and the country and kind of exact matches.
std::vector<Row> place_rows(const std::vector<Item>& gold, const std::vector<Item>& found) {
  return {
      {"places.span", score(gold, found, SpanMatch::exact, false)},
      {"places.overlap", score(gold, found, SpanMatch::overlap, false)},
      {"places.country", score(gold, found, SpanMatch::exact, true)},
      {"places.kind", score(by_value(gold), by_value(found), SpanMatch::exact, true)},
  };
}

// Actors: span, overlap, kind; and for people, the name after linking
// ("Osman" is Farida Osman).
std::vector<Row> actor_rows(const std::vector<Item>& gold, const std::vector<Item>& found) {
  auto people = [](const std::vector<Item>& items) {
    std::vector<Item> out;
    for (const Item& i : items)
      if (i.label == "person") out.push_back(i);
    return by_value(out);
  };
  std::vector<Row> rows = {
      {"actors.span", score(gold, found, SpanMatch::exact, false)},
      {"actors.overlap", score(gold, found, SpanMatch::overlap, false)},
      {"actors.kind", score(gold, found, SpanMatch::exact, true)},
      {"actors.person_name", score(people(gold), people(found), SpanMatch::exact, true)},
  };
  append_per_label(rows, "actors", gold, found);
  return rows;
}

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return s;
}

// The item with 40 bytes of context either side, the item in [brackets].
std::string in_context(const std::string& text, const Item& i) {
  const std::size_t from = i.start > 40 ? i.start - 40 : 0;
  const std::size_t to = std::min(text.size(), i.end + 40);
  return one_line(text.substr(from, i.start - from) + "[" + text.substr(i.start, i.end - i.start) + "]" +
                  text.substr(i.end, to - i.end));
}

void print_table(std::ostream& out, const std::vector<Row>& rows, std::size_t articles, const std::string& gold) {
  out << "claimex eval: " << articles << " articles in " << gold << "\n";
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-38s %6s %6s %7s %7s %7s\n", "field", "gold", "found", "P", "R", "F1");
  out << buf;
  for (const Row& r : rows) {
    std::snprintf(buf, sizeof buf, "%-38s %6zu %6zu %7.3f %7.3f %7.3f\n", r.field.c_str(), r.tally.gold,
                  r.tally.predicted, r.tally.precision(), r.tally.recall(), r.tally.f1());
    out << buf;
  }
}

void print_json(std::ostream& out, const std::vector<Row>& rows, std::size_t articles) {
  nlohmann::ordered_json j;
  j["articles"] = articles;
  for (const Row& r : rows)
    j["fields"][r.field] = {{"gold", r.tally.gold},           {"found", r.tally.predicted},
                            {"matched_gold", r.tally.matched_gold}, {"matched_found", r.tally.matched_predicted},
                            {"precision", r.tally.precision()}, {"recall", r.tally.recall()},
                            {"f1", r.tally.f1()}};
  out << j.dump(2) << "\n";
}

}  // namespace

int run_eval(const EvalOptions& o, const char* argv0, std::ostream& out) {
  const auto rules = load_rule_dir(locate_rules_dir(o.rules_dir, argv0), std::cerr);
  if (!rules) return kExitUsage;
  std::vector<GoldArticle> articles;
  if (auto err = load_gold(o.gold, articles)) {
    std::cerr << "claimex eval: " << *err << "\n";
    return kExitUsage;
  }

  const Pipeline pipeline(rules);
  std::vector<Item> gold, found, gold_dates, found_dates, gold_places, found_places, gold_actors, found_actors;
  std::vector<ClaimItem> gold_claims, found_claims;
  std::map<std::string, const std::string*> texts;
  for (const GoldArticle& a : articles) {
    texts[a.doc.id] = &a.doc.text;
    gold.insert(gold.end(), a.anonymity_markers.begin(), a.anonymity_markers.end());
    gold_dates.insert(gold_dates.end(), a.dates.begin(), a.dates.end());
    gold_places.insert(gold_places.end(), a.places.begin(), a.places.end());
    gold_actors.insert(gold_actors.end(), a.actors.begin(), a.actors.end());
    gold_claims.insert(gold_claims.end(), a.claims.begin(), a.claims.end());
    const Analysis an = pipeline.analyse(a.doc);
    auto item = [&](const Span& span, std::string label, std::string value) {
      const std::size_t s = an.norm.to_original_start(span.start), e = an.norm.to_original_end(span.end);
      return Item{a.doc.id, s, e, std::move(label), a.doc.text.substr(s, e - s), std::move(value)};
    };
    auto annotated = [&](const char* field) { return a.fields.count(field) > 0; };
    if (annotated("anonymity_markers"))
      for (const AnonymityMarker& m : an.markers) found.push_back(item(m.span, std::string(m.kind), ""));
    if (annotated("dates"))
      for (const DateMention& d : an.dates) found_dates.push_back(item(d.span, d.type, d.value));
    if (annotated("places"))
      for (const PlaceMention& p : an.places)
        found_places.push_back(item(p.span, p.country, to_string(p.kind())));
    if (annotated("actors"))
      for (const ActorMention& m : an.actors) found_actors.push_back(item(m.span, m.kind, m.name));
    for (const Claim& c : an.claims) {
      if (!annotated("claims")) break;
      ClaimItem ci;
      ci.doc = a.doc.id;
      if (c.cue) {
        const Item cue = item(*c.cue, "", "");
        ci.cue = {{cue.start, cue.end}};
        ci.cue_text = cue.text;
      }
      const Item content = item(c.content, "", "");
      ci.content_start = content.start;
      ci.content_end = content.end;
      ci.content = content.text;
      ci.speaker = c.source.name;
      ci.kind = c.source.kind;
      ci.type = c.type;
      ci.anonymous = c.anonymous;
      found_claims.push_back(std::move(ci));
    }
  }
  std::vector<Row> rows = date_rows(gold_dates, found_dates);
  for (Row& r : place_rows(gold_places, found_places)) rows.push_back(std::move(r));
  // Actors are scored where the gold has them (corpus/dev does not yet).
  if (!gold_actors.empty())
    for (Row& r : actor_rows(gold_actors, found_actors)) rows.push_back(std::move(r));
  if (!gold_claims.empty())
    for (ClaimRow& r : claim_rows(gold_claims, found_claims)) rows.push_back({std::move(r.field), r.tally});
  for (Row& r : rows_for("anonymity_markers", gold, found)) rows.push_back(std::move(r));

  for (const auto& wanted : o.minimum) {
    const std::string& field = wanted.first;
    const bool known = std::any_of(rows.begin(), rows.end(), [&](const Row& r) { return r.field == field; });
    if (!known) {
      std::cerr << "claimex eval: --min names an unknown field '" << field << "' (see the table for names)\n";
      return kExitUsage;
    }
  }
  if (o.json) print_json(out, rows, articles.size());
  else print_table(out, rows, articles.size(), o.gold);

  if (o.misses) {
    auto list = [&](const char* title, const std::vector<Item>& of, const std::vector<Item>& against) {
      out << title;
      for (const Item& i : unmatched(of, against, SpanMatch::exact, true))
        out << "  " << i.doc << "  " << i.label << (i.value.empty() ? "" : " " + i.value) << "  "
            << in_context(*texts[i.doc], i) << "\n";
    };
    auto with_value = [](std::vector<Item> items) {
      for (Item& i : items) i.label += " " + i.value, i.value.clear();
      return items;
    };
    list("\ndates missed (gold not found with its span, type and value):\n", with_value(gold_dates),
         with_value(found_dates));
    list("dates false positives (found, not gold):\n", with_value(found_dates), with_value(gold_dates));
    list("\nplaces missed (gold not found with its span and country):\n", with_value(gold_places),
         with_value(found_places));
    list("places false positives (found, not gold):\n", with_value(found_places), with_value(gold_places));
    if (!gold_actors.empty()) {
      list("\nactors missed (gold not found with its span and kind):\n", gold_actors, found_actors);
      list("actors false positives (found, not gold):\n", found_actors, gold_actors);
    }
    if (!gold_claims.empty()) print_claim_misses(out, gold_claims, found_claims);
    list("\nmarkers missed (gold not found, span and kind):\n", gold, found);
    list("markers false positives (found, not gold):\n", found, gold);
  }

  int code = kExitOk;
  for (const Row& r : rows) {
    auto it = o.minimum.find(r.field);
    if (it != o.minimum.end() && r.tally.f1() + 1e-9 < it->second) {
      std::cerr << "claimex eval: " << r.field << " F1 " << r.tally.f1() << " is below the minimum " << it->second << "\n";
      code = kExitFindings;
    }
  }
  return code;
}

}  // namespace claimex::cli
