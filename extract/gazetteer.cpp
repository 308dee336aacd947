#include "extract/gazetteer.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "extract/utf8.hpp"

namespace claimex {

const char* to_string(PlaceKind k) {
  switch (k) {
    case PlaceKind::country: return "country";
    case PlaceKind::region: return "region";
    case PlaceKind::city: return "city";
    case PlaceKind::area: return "area";
  }
  return "area";
}

namespace {

// The text without its diacritics ("Médina" -> "Medina"): NFD, then every
// non-spacing mark dropped, written straight back as UTF-8.
std::string without_marks(std::string_view text) {
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  const icu::UnicodeString d = U_SUCCESS(status) ? nfd->normalize(s, status) : s;
  std::string out;
  out.reserve(text.size());
  for (int32_t i = 0; i < d.length();) {
    const UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) != U_NON_SPACING_MARK) utf8::append(out, static_cast<char32_t>(c));
  }
  return out;
}

// Spaces and hyphens as one space ("Port-au-Prince" and "Port au Prince"
// meet), optionally lower-cased.
std::string key_of(std::string_view plain, bool keep_case) {
  std::string key;
  key.reserve(plain.size());
  for (char c : plain) {
    if (c == ' ' || c == '-') {
      if (!key.empty() && key.back() != ' ') key += ' ';
      continue;
    }
    key += keep_case ? c : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

}  // namespace

std::string fold_place_key(std::string_view text, bool keep_case) { return key_of(without_marks(text), keep_case); }

namespace {

long number(const std::string& s) {
  long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::size_t tokens_in(const std::string& key) { return static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1; }

template <typename F>
void rows(const RuleSet& rules, const char* path, std::initializer_list<const char*> columns, F&& f) {
  const Table* t = rules.table(path);
  if (!t) return;
  std::vector<std::size_t> at;
  for (const char* c : columns) {
    auto i = t->column(c);
    if (!i) return;
    at.push_back(*i);
  }
  std::vector<const std::string*> cells(at.size());
  for (const auto& row : t->rows) {
    for (std::size_t k = 0; k < at.size(); ++k) cells[k] = &row[at[k]];
    f(cells);
  }
}

// A name's apostrophes after its first letter removed: "Luhans’k" ->
// "Luhansk". A leading one stays ("'s-Hertogenbosch").
std::string without_soft_signs(const std::string& name) {
  // ’ ‘ ʻ ʿ, each three bytes in UTF-8, and the ASCII apostrophe
  static const std::string marks[] = {"\u2019", "\u2018", "\u02BB", "\u02BF"};
  std::string out;
  out.reserve(name.size());
  for (std::size_t i = 0; i < name.size();) {
    const bool inside = i > 0 && name[i - 1] != ' ' && name[i - 1] != '-';
    if (inside && name[i] == '\'') { ++i; continue; }
    const auto mark = std::find_if(std::begin(marks), std::end(marks), [&](const std::string& m) { return name.compare(i, m.size(), m) == 0; });
    if (inside && mark != std::end(marks)) { i += mark->size(); continue; }
    out += name[i++];
  }
  return out;
}

// "Al Fallūjah" -> "Fallūjah", "As Sulaymānīyah" -> "Sulaymānīyah": the
// article GeoNames keeps before an Arabic name, in its assimilated forms.
std::string without_article(const std::string& name) {
  static const char* articles[] = {"Al ", "Al-", "Ad ", "Adh ", "Ar ", "As ", "Ash ", "An ", "At ", "Ath ", "Az ", "Aş ", "Aḑ ", "Aţ ", "Az̧ "};
  for (const char* a : articles) {
    const std::size_t n = std::strlen(a);
    if (name.size() > n + 2 && name.compare(0, n, a) == 0) return name.substr(n);
  }
  return name;
}

}  // namespace

Gazetteer::Gazetteer(const RuleSet& rules) {
  rows(rules, "places/countries.tsv", {"name", "country"}, [&](const auto& c) {
    add({*c[0], PlaceKind::country, *c[1], "", 0, 0, false, "countries", *c[0]});
  });
  rows(rules, "places/regions.tsv", {"name", "country", "code"}, [&](const auto& c) {
    const std::string& code = *c[2];
    add({*c[0], PlaceKind::region, *c[1], code.size() > 3 ? code.substr(3) : "", 0, 0, false, "regions", *c[0]});
  });
  rows(rules, "places/cities.tsv", {"name", "country", "admin1", "feature", "population", "geonames"},
       [&](const auto& c) {
         const Place city{*c[0], PlaceKind::city, *c[1], *c[2], number(*c[4]), number(*c[5]), *c[3] == "PPLC", "cities", *c[0]};
         add(city);
         // GeoNames writes a soft sign or an ayn as an apostrophe
         // ("Kramators’k", "Ta‘izz") and keeps the Arabic article ("Al
         // Fallūjah"); copy leaves them out.
         const std::string plain = without_soft_signs(*c[0]);
         for (const std::string& form : {plain, without_article(plain)})
           if (form != *c[0]) {
             Place variant = city;
             variant.form = form;
             add(std::move(variant));
           }
       });
  rows(rules, "places/news_aliases.tsv", {"alias", "kind", "country", "name"}, [&](const auto& c) {
    const std::string& k = *c[1];
    const PlaceKind kind = k == "country" ? PlaceKind::country : k == "region" ? PlaceKind::region
                           : k == "city" ? PlaceKind::city : PlaceKind::area;
    add({*c[3], kind, *c[2], "", 0, 0, false, "news_aliases", *c[0]});
  });
  rows(rules, "places/leads.tsv", {"lead", "kind"}, [&](const auto& c) {
    const std::string& k = *c[1];
    leads_.emplace_back(*c[0] + " ", k == "city" ? PlaceKind::city : k == "region" ? PlaceKind::region : PlaceKind::area);
  });
  rows(rules, "places/not_places.tsv", {"word"}, [&](const auto& c) { stop_.insert(*c[0]); });
  rows(rules, "places/area_heads.tsv", {"word", "kind"}, [&](const auto& c) {
    area_heads_.insert(*c[0]);
    if (*c[1] == "city") town_heads_.insert(*c[0]);
  });
  rows(rules, "places/org_heads.tsv", {"word"}, [&](const auto& c) { org_heads_.insert(*c[0]); });
  rows(rules, "actors/demonyms.tsv", {"demonym", "country"}, [&](const auto& c) { demonyms_.emplace(*c[0], *c[1]); });
  rows(rules, "places/peoples.tsv", {"word"}, [&](const auto& c) { demonyms_.emplace(*c[0], ""); });
  rows(rules, "actors/lead_words.tsv", {"word"}, [&](const auto& c) { lead_.insert(*c[0]); });
  rows(rules, "places/region_heads.tsv", {"head", "kind", "listed"}, [&](const auto& c) {
    region_heads_[*c[0]] = {*c[1] == "area" ? PlaceKind::area : PlaceKind::region, *c[2] == "yes", *c[2] == "never"};
  });
  rows(rules, "places/locatives.tsv", {"word", "kind"}, [&](const auto& c) {
    (*c[1] == "veto" ? locative_vetoes_ : locatives_).insert(*c[0]);
  });
  for (const char* path : {"dates/months.tsv", "dates/weekdays.tsv", "dates/holidays.tsv", "claims/first_names.tsv", "actors/organizations.tsv"})
    rows(rules, path, {"name"}, [&](const auto& c) { not_towns_.insert(*c[0]); });
  rows(rules, "actors/organizations.tsv", {"name"}, [&](const auto& c) {
    bodies_.insert(*c[0]);
    if (const std::size_t sp = c[0]->rfind(' '); sp != std::string::npos) bodies_by_last_word_[c[0]->substr(sp + 1)].push_back(*c[0]);
  });
  rows(rules, "dates/months.tsv", {"name"}, [&](const auto& c) { months_.insert(*c[0]); });
  rows(rules, "places/naming_nouns.tsv", {"word"}, [&](const auto& c) { naming_nouns_.insert(*c[0]); });
  rows(rules, "actors/org_heads.tsv", {"head"}, [&](const auto& c) { not_towns_.insert(*c[0]); });
  rows(rules, "places/not_towns.tsv", {"word"}, [&](const auto& c) { not_towns_.insert(*c[0]); });
  rows(rules, "places/locative_followers.tsv", {"word"}, [&](const auto& c) { locative_followers_.insert(*c[0]); });
  rows(rules, "places/feature_words.tsv", {"word"}, [&](const auto& c) { feature_words_.insert(*c[0]); });
  rows(rules, "places/apposition_links.tsv", {"word"}, [&](const auto& c) { apposition_links_.insert(*c[0]); });
  rows(rules, "places/world_region_parts.tsv", {"word"}, [&](const auto& c) { region_parts_.insert(*c[0]); });
  rows(rules, "places/member_words.tsv", {"word"}, [&](const auto& c) { member_words_.insert(*c[0]); });
  rows(rules, "places/compound_suffixes.tsv", {"suffix", "place"}, [&](const auto& c) {
    if (*c[1] == "yes") place_suffixes_.insert(*c[0]);
  });
}

void Gazetteer::add(Place p) {
  const std::string plain = without_marks(p.form);
  const std::string key = key_of(plain, false);
  p.form = key_of(plain, true);
  if (key.empty()) return;
  max_tokens_ = std::max(max_tokens_, tokens_in(key));
  for (std::size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) prefixes_.insert(key.substr(0, sp));
  by_key_[key].push_back(static_cast<std::uint32_t>(places_.size()));
  places_.push_back(std::move(p));
}

std::optional<PlaceKind> Gazetteer::lead_before(std::string_view text, std::size_t start) const {
  for (const auto& [lead, kind] : leads_)
    if (start >= lead.size() && text.compare(start - lead.size(), lead.size(), lead) == 0) return kind;
  return std::nullopt;
}

// "Pryor, about 40 miles east of Tulsa": a distance from a place.
static bool distance_after(std::string_view text, std::size_t i) {
  for (std::string_view approx : {"about ", "some ", "roughly ", "nearly ", "just ", "more than ", "less than "})
    if (text.compare(i, approx.size(), approx) == 0) {
      i += approx.size();
      break;
    }
  const std::size_t digits = i;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == ',' || text[i] == '.')) ++i;
  if (i == digits || text.compare(i, 1, " ") != 0) return false;
  ++i;
  bool unit = false;
  for (std::string_view u : {"miles ", "kilometers ", "kilometres ", "km "})
    if (text.compare(i, u.size(), u) == 0) i += u.size(), unit = true;
  if (!unit) return false;
  const std::size_t sp = text.find(' ', i);
  if (sp == std::string_view::npos) return false;
  // An optional direction: "east of", "northwest of", "from".
  const std::string_view next = text.substr(i, sp - i);
  if (next == "of" || next == "from") return true;
  static const std::set<std::string_view> bearings = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"};
  return text.compare(sp, 4, " of ") == 0 && bearings.count(next) > 0;
}

std::optional<PlaceKind> Gazetteer::apposed_after(std::string_view text, std::size_t end) const {
  if (text.compare(end, 2, ", ") != 0) return std::nullopt;
  std::size_t i = end + 2;
  if (distance_after(text, i)) return PlaceKind::city;
  bool det = false;
  for (std::string_view d : {"a ", "an ", "the "})
    if (text.compare(i, d.size(), d) == 0) i += d.size(), det = true;
  // "Santa Cruz, Bolivia's most populous region": a possessive name opens it too.
  if (!det && i < text.size() && std::isupper(static_cast<unsigned char>(text[i]))) {
    const std::size_t sp = text.find(' ', i);
    const std::string_view w = text.substr(i, sp == std::string_view::npos ? 0 : sp - i);
    if (w.ends_with("'s") || w.ends_with("\u2019s")) i = sp + 1, det = true;
  }
  if (!det) return std::nullopt;
  // Up to three lowercase words before the noun: "a small farming village".
  for (int words = 0; words <= 3 && i < text.size(); ++words) {
    for (const auto& [lead, kind] : leads_) {
      const std::string_view noun = std::string_view(lead).substr(0, lead.find(' '));
      if (text.compare(i, noun.size(), noun) != 0) continue;
      // "a village elder" is a person: the noun must close the phrase or
      // open what follows it.
      const std::string_view rest = text.substr(i + noun.size(), 12);
      if (rest.empty() || rest[0] == ',' || rest[0] == '.' || rest[0] == ';') return kind;
      if (rest[0] != ' ') continue;
      const std::string_view next = rest.substr(1, rest.find(' ', 1) == std::string_view::npos ? rest.size() : rest.find(' ', 1) - 1);
      if (apposition_links_.count(std::string(next)) || (!next.empty() && std::isdigit(static_cast<unsigned char>(next[0])))) return kind;
    }
    const std::size_t sp = text.find(' ', i);
    if (sp == std::string_view::npos || !std::islower(static_cast<unsigned char>(text[i]))) return std::nullopt;
    i = sp + 1;
  }
  return std::nullopt;
}

bool Gazetteer::closes_listed_body(std::string_view text, std::size_t end, std::string_view last) const {
  const auto it = bodies_by_last_word_.find(last);
  if (it == bodies_by_last_word_.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(), [&](const std::string& name) {
    return name.size() <= end && text.compare(end - name.size(), name.size(), name) == 0;
  });
}

const std::vector<std::uint32_t>* Gazetteer::find(const std::string& key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &it->second;
}

}  // namespace claimex
