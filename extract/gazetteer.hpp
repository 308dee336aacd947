// Gazetteer: place names from the tables under rules/places/ (ISO 3166
// countries and regions, GeoNames cities, news aliases), looked up by token
// sequence in a hash map. One regex per name would not scale to 25,000 names.
#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/rules.hpp"

namespace claimex {

enum class PlaceKind { country, region, city, area };
const char* to_string(PlaceKind k);

struct Place {
  std::string name;     // canonical
  PlaceKind kind;
  std::string country;  // ISO 3166-1 alpha-2, or "" (the Sahel)
  std::string admin1;   // first-level region code where known ("TX")
  long population = 0;
  long geonames = 0;    // 0: none
  bool capital = false;
  std::string source;   // the table it came from: "cities", "countries"...
  std::string form;     // the name as the table spells it, folded with its case kept
};

// Diacritics removed (NFD, marks dropped), hyphens as spaces, and lowercased
// unless keep_case: the lookup key of a name or of a run of text tokens.
// "Bogotá" and "BOGOTA" meet at "bogota".
std::string fold_place_key(std::string_view text, bool keep_case = false);

// "County" in "Harris County": the kind the head gives, and whether the name
// before it must be one the gazetteer holds, or must not be: "Orangi Town"
// is a place, "Ipswich Town" a club (places/region_heads.tsv).
struct RegionHead {
  PlaceKind kind;
  bool listed_only;
  bool unlisted_only = false;
};

class Gazetteer {
 public:
  // Reads places/countries.tsv, regions.tsv, cities.tsv, news_aliases.tsv,
  // the stoplist places/not_places.tsv, places/leads.tsv,
  // places/world_region_parts.tsv and the sentence
  // openers actors/lead_words.tsv; missing tables are empty.
  explicit Gazetteer(const RuleSet& rules);

  // The places a folded key names, or null.
  const std::vector<std::uint32_t>* find(const std::string& key) const;
  // Whether some name starts with these folded tokens ("new" for New York):
  // lookups extend a run of tokens only while this holds.
  bool is_prefix(const std::string& key) const { return prefixes_.count(key) > 0; }
  const Place& place(std::uint32_t i) const { return places_[i]; }
  std::size_t max_tokens() const { return max_tokens_; }
  bool empty() const { return places_.empty(); }
  bool stopword(std::string_view surface) const { return stop_.count(std::string(surface)) > 0; }
  bool area_head(std::string_view word) const { return area_heads_.count(std::string(word)) > 0; }
  // One that makes the name a town, not an area: "Borjomi town", "Kuchi village".
  bool town_head(std::string_view word) const { return town_heads_.count(std::string(word)) > 0; }
  bool org_head(std::string_view word) const { return org_heads_.count(std::string(word)) > 0; }
  // A nationality adjective (actors/demonyms.tsv) or a people without a
  // country (places/peoples.tsv): "Somali", "Afar" name a
  // region only with its head word ("the Somali region").
  bool demonym(std::string_view word) const { return demonyms_.count(std::string(word)) > 0; }
  // The country a nationality adjective points to ("Libyan": "LY"), or "".
  std::string demonym_country(std::string_view word) const {
    auto it = demonyms_.find(std::string(word));
    return it == demonyms_.end() ? "" : it->second;
  }
  // The kind the words right before `start` say ("the town of ": city), from
  // places/leads.tsv; none without a lead.
  std::optional<PlaceKind> lead_before(std::string_view text, std::size_t start) const;
  // The kind an apposition right after `end` says, with a lead's noun
  // ("Ccollpa, a farming village about 60 kilometers", "Saravena, the town
  // nearest the base": city); the noun must close the phrase or be followed
  // by a word of places/apposition_links.tsv or a number.
  std::optional<PlaceKind> apposed_after(std::string_view text, std::size_t end) const;
  // "Democrat" in "an Ohio Democrat": after a place, a member of it, not a
  // longer name (places/member_words.tsv).
  bool member_word(std::string_view word) const { return member_words_.count(std::string(word)) > 0; }
  // "based" in "Boston-based": the compound holds a place (places/compound_suffixes.tsv).
  bool place_suffix(std::string_view word) const { return place_suffixes_.count(std::string(word)) > 0; }
  // "southern" in "southern Africa": before a place of no one country, part
  // of its name (places/world_region_parts.tsv).
  bool world_region_part(std::string_view word) const { return region_parts_.count(std::string(word)) > 0; }
  // "Lake", "River", "Airport": a name with one is a natural feature or a
  // facility, no place (places/feature_words.tsv).
  bool feature_word(std::string_view word) const { return feature_words_.count(std::string(word)) > 0; }
  // "in Masfjorden": a word after which a lone unknown name is a town, and
  // one before that word that vetoes it ("a stake in"); see
  // places/locatives.tsv.
  bool locative(std::string_view word) const { return locatives_.count(std::string(word)) > 0; }
  bool locative_veto(std::string_view word) const { return locative_vetoes_.count(std::string(word)) > 0; }
  // A word that may follow such a name (places/locative_followers.tsv).
  bool locative_follower(std::string_view word) const { return locative_followers_.count(std::string(word)) > 0; }
  // A capitalised word some other table explains: a month, weekday or
  // holiday, a given name, a listed body, an organisation's head word, or a
  // word of places/not_towns.tsv.
  bool explained(std::string_view word) const { return not_towns_.count(std::string(word)) > 0; }
  // A noun that names what the name after its comma is (places/naming_nouns.tsv).
  bool naming_noun(std::string_view word) const { return naming_nouns_.count(std::string(word)) > 0; }
  // A month's name (dates/months.tsv): "March" the month before the town.
  bool month(std::string_view word) const { return months_.count(std::string(word)) > 0; }
  // A body actors/organizations.tsv lists ("Ibama", "Greenpeace").
  bool listed_body(std::string_view name) const { return bodies_.count(std::string(name)) > 0; }
  // Whether the text before `end` closes the name of a listed body that
  // ends in `last` ("Board of Control for Cricket in India").
  bool closes_listed_body(std::string_view text, std::size_t end, std::string_view last) const;
  const RegionHead* region_head(std::string_view word) const {
    auto it = region_heads_.find(std::string(word));
    return it == region_heads_.end() ? nullptr : &it->second;
  }
  // A word that opens a sentence but never a name ("In", "The":
  // actors/lead_words.tsv).
  bool lead_word(std::string_view word) const { return lead_.count(std::string(word)) > 0; }
  // A place the gazetteer does not hold, named by a head word: kind area.
  const Place& unlisted_area() const { return unlisted_; }

 private:
  void add(Place p);
  std::vector<Place> places_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_key_;
  std::unordered_set<std::string> prefixes_;  // every proper token prefix of a key
  std::set<std::string> stop_, area_heads_, town_heads_, org_heads_, lead_, place_suffixes_, member_words_, region_parts_, apposition_links_,
      feature_words_, locatives_, locative_vetoes_, not_towns_, locative_followers_, bodies_, months_, naming_nouns_;
  std::map<std::string, std::vector<std::string>, std::less<>> bodies_by_last_word_;
  std::vector<std::pair<std::string, PlaceKind>> leads_;  // "town of ", city
  std::map<std::string, RegionHead> region_heads_;
  std::map<std::string, std::string> demonyms_;  // adjective -> ISO 3166-1 country
  Place unlisted_{"", PlaceKind::area, "", "", 0, 0, false, "area_heads", ""};
  std::size_t max_tokens_ = 0;
};

}  // namespace claimex
