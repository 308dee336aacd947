#include <doctest/doctest.h>

#include "helpers.hpp"

using namespace claimex;

namespace {

// "cue|source|speaker|kind|type|content|anonymous" for every claim found.
std::vector<std::string> claims_in(const std::string& text) {
  Document doc{"t", text, std::string("2025-11-19"), std::nullopt};
  const Analysis a = test::project_pipeline().analyse(doc);
  const std::string_view t = a.norm.text();
  auto at = [&](const Span& s) { return std::string(t.substr(s.start, s.size())); };
  std::vector<std::string> out;
  for (const Claim& c : a.claims)
    out.push_back((c.cue ? at(*c.cue) : "-") + "|" + at(c.source.span) + "|" + c.source.name + "|" + c.source.kind + "|" +
                  c.type + "|" + at(c.content) + "|" + (c.anonymous ? "anonymous" : "named"));
  return out;
}

std::vector<std::vector<std::string>> flags_in(const std::string& text) {
  Document doc{"t", text, std::string("2025-11-19"), std::nullopt};
  const Analysis a = test::project_pipeline().analyse(doc);
  std::vector<std::vector<std::string>> out;
  for (const Claim& c : a.claims) out.push_back(c.flags);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("pronouns: the latest earlier speaker of a fitting gender") {
  CHECK(claims_in("Mayor Lina Ortiz said the water was safe. \"We tested it twice,\" she said.") ==
        V{"said|Lina Ortiz|Lina Ortiz|named_person|indirect|the water was safe|named",
          "said|she|Lina Ortiz|named_person|direct|We tested it twice|named"});
  // Holm is a woman by her honorific on any mention; "he" skips her.
  CHECK(claims_in("Transport Minister Karl Brandt met Mrs. Vera Holm on Monday. Brandt said the deal was close. Holm said the deal was off. "
                  "He said nothing had been signed.") ==
        V{"said|Brandt|Karl Brandt|named_person|indirect|the deal was close|named",
          "said|Holm|Vera Holm|named_person|indirect|the deal was off|named",
          "said|He|Karl Brandt|named_person|indirect|nothing had been signed|named"});
}

TEST_CASE("pronouns: a silent person opening the sentence before is whom 'he' picks up") {
  CHECK(claims_in("\"This is the hardest day,\" fire chief Jason Brolund told reporters. He said more homes would burn. "
                  "Premier David Ashcombe declared an emergency. He said hotels would be reserved for evacuees.") ==
        V{"told|Jason Brolund|Jason Brolund|named_person|direct|This is the hardest day|named",
          "said|He|Jason Brolund|named_person|indirect|more homes would burn|named",
          "said|He|David Ashcombe|named_person|indirect|hotels would be reserved for evacuees|named"});
}

TEST_CASE("pronouns: a first name in first_names.tsv gives the gender") {
  // No honorific or title says who is who: "Margaret" and "Thomas" do.
  CHECK(claims_in("Margaret Lindqvist said the dam held. Thomas Okafor said the roads were shut. "
                  "She said more rain was due.") ==
        V{"said|Margaret Lindqvist|Margaret Lindqvist|named_person|indirect|the dam held|named",
          "said|Thomas Okafor|Thomas Okafor|named_person|indirect|the roads were shut|named",
          "said|She|Margaret Lindqvist|named_person|indirect|more rain was due|named"});
}

TEST_CASE("pronouns: the story's own 'he' genders a name, and a person named since the last speaker can be 'she'") {
  // Nothing in "Tendai Moyo" says he is a man until "He added"; after that
  // "she" cannot be Moyo, and Grace Chikore, named after Moyo last spoke, is
  // the one she stands for.
  CHECK(claims_in("Finance Minister Tendai Moyo said inflation had peaked. He added that prices would fall. "
                  "Moyo's deputy, Grace Chikore, was more cautious. The change, she said, would take months.") ==
        V{"said|Tendai Moyo|Tendai Moyo|named_person|indirect|inflation had peaked|named",
          "added|He|Tendai Moyo|named_person|indirect|prices would fall|named",
          "said|she|Grace Chikore|named_person|indirect|The change, she said, would take months|named"});
  // With no pronoun to say otherwise, the last speaker stays the referent.
  CHECK(claims_in("Finance Minister Tendai Moyo said inflation had peaked. Moyo's deputy, Grace Chikore, was there. "
                  "He said prices would fall.") ==
        V{"said|Tendai Moyo|Tendai Moyo|named_person|indirect|inflation had peaked|named",
          "said|He|Tendai Moyo|named_person|indirect|prices would fall|named"});
}

TEST_CASE("'the minister' is the person named before with that title; 'the air force' is not 'Ukrainian forces'") {
  CHECK(claims_in("Interior Minister Ihor Klymenko said debris hit three homes. The minister said no one was hurt.") ==
        V{"said|Ihor Klymenko|Ihor Klymenko|named_person|indirect|debris hit three homes|named",
          "said|The minister|Ihor Klymenko|named_person|indirect|no one was hurt|named"});
  CHECK(claims_in("Ukrainian forces shot down 14 drones overnight, the air force said Wednesday.") ==
        V{"said|the air force|the air force|named_organization|indirect|Ukrainian forces shot down 14 drones overnight|named"});
}

TEST_CASE("a relative named by first name only, and a second claim joined by 'as'") {
  CHECK(claims_in("Kateryna Bondar said she woke to the blasts. Her husband, Oleh, said the family would move.") ==
        V{"said|Kateryna Bondar|Kateryna Bondar|named_person|indirect|she woke to the blasts|named",
          "said|Oleh|Oleh|named_person|indirect|the family would move|named"});
  CHECK(claims_in("Prices rose again in May, the statistics office said, while the central bank insisted inflation had peaked.") ==
        V{"said|the statistics office|the statistics office|named_organization|indirect|Prices rose again in May|named",
          "insisted|the central bank|the central bank|named_organization|indirect|inflation had peaked|named"});
}

TEST_CASE("a cue inside a clause before the sentence's own cue is not the claim") {
  CHECK(claims_in("A teacher, who asked not to be named because staff had been told not to speak, said classes had stopped.") ==
        V{"said|A teacher|A teacher|unnamed_person|indirect|classes had stopped|anonymous"});
  CHECK(claims_in("A second official confirmed the shortage but said new supplies had been ordered.") ==
        V{"confirmed|A second official|A second official|unnamed_person|indirect|the shortage|anonymous",
          "said||A second official|unnamed_person|indirect|new supplies had been ordered|anonymous"});
  CHECK(claims_in("The officials, who spoke on condition of anonymity because the plan had not been announced, said the note "
                  "would replace the currency.") ==
        V{"said|The officials|The officials|unnamed_group|indirect|the note would replace the currency|anonymous"});
  CHECK(claims_in("The minister, who announced the plan on Monday, said the note would replace the currency.") ==
        V{"said|The minister|The minister|unnamed_person|indirect|the note would replace the currency|anonymous"});
  CHECK(claims_in("A company spokesman declined to say how many contractors were still working.").empty());
}

TEST_CASE("a surname alone goes back to the full name written earlier") {
  // Opening its sentence too.
  CHECK(claims_in("The girl fainted during a match between Victoria Lindahl of Sweden and Mai Tanaka of Japan. "
                  "Lindahl, who was leading 6-3, said players were exhausted.") ==
        V{"said|Lindahl|Victoria Lindahl|named_person|indirect|players were exhausted|named"});
  // No actor rule catches "Ethiopia's Tigist Alemu"; the claim still finds her.
  CHECK(claims_in("Ethiopia's Tigist Alemu won the race in 2:24:03. \"I was told to follow the motorcycle,\" Alemu said.") ==
        V{"said|Alemu|Tigist Alemu|named_person|direct|I was told to follow the motorcycle|named"});
  // A word seen before only as part of a body's name is not taken for a surname.
  CHECK(claims_in("The bank's board met. \"Rates stay,\" Lantern said.") ==
        V{"said|Lantern|Lantern|named_organization|direct|Rates stay|named"});
}

TEST_CASE("a source named by any person noun is unnamed, and a pronoun goes back to it") {
  // "pharmacist" and "bartenders" are in no source list: person_nouns.tsv (WordNet) knows them.
  CHECK(claims_in("A pharmacist in the town said the shelves were empty. \"We have had no insulin for a week,\" she said. "
                  "Two bartenders said the bar had closed early.") ==
        V{"said|A pharmacist|A pharmacist|unnamed_person|indirect|the shelves were empty|anonymous",
          "said|she|A pharmacist|unnamed_person|direct|We have had no insulin for a week|anonymous",
          "said|Two bartenders|Two bartenders|unnamed_group|indirect|the bar had closed early|anonymous"});
}

TEST_CASE("content after a colon: 'said only: \"...\"' is a direct quotation") {
  CHECK(claims_in("The owner, Dunav Shipping, said only: \"We are cooperating.\"") ==
        V{"said|Dunav Shipping|Dunav Shipping|named_organization|direct|We are cooperating|named"});
}

TEST_CASE("definite descriptions and common nouns go back to what the story named") {
  CHECK(claims_in("Two diplomats said the talks had stalled. The diplomats said a deal was still possible.") ==
        V{"said|Two diplomats|Two diplomats|unnamed_group|indirect|the talks had stalled|anonymous",
          "said|The diplomats|Two diplomats|unnamed_group|indirect|a deal was still possible|anonymous"});
  CHECK(claims_in("The Interior Ministry closed the border on Monday. The ministry said it would reopen soon.") ==
        V{"said|The ministry|Interior Ministry|named_organization|indirect|it would reopen soon|named"});
}

TEST_CASE("a name in apposition is the speaker; a relative 'who' is what it hangs on") {
  CHECK(claims_in("Her brother, Samir Haddad, said she had left at dawn.") ==
        V{"said|Samir Haddad|Samir Haddad|named_person|indirect|she had left at dawn|named"});
  CHECK(claims_in("Farmers from the valley, who said the river rose overnight, were moved to a school.") ==
        V{"said|who|Farmers|unnamed_group|indirect|the river rose overnight, were moved to a school|anonymous"});
  CHECK(claims_in("One of the lawmakers, Dimitra Sotiriou of the left-wing Syriza party, told reporters that she "
                  "had suspected it for months.") ==
        V{"told|Dimitra Sotiriou|Dimitra Sotiriou|named_person|indirect|she had suspected it for months|named"});
  CHECK(claims_in("The death toll rose to 57, Turkey's disaster management agency, AFAD, said in a statement.") ==
        V{"said|AFAD|AFAD|named_organization|indirect|The death toll rose to 57|named"});
  CHECK(claims_in("\"It is a good result,\" one of them, Dr. Pieter Coetzee of Stellenbosch University, wrote in an email.") ==
        V{"wrote|Pieter Coetzee|Pieter Coetzee|named_person|direct|It is a good result|named"});
}

TEST_CASE("quotations: continued without a cue, across paragraphs, interrupted") {
  CHECK(claims_in("\"We are not leaving,\" said Ana Ruiz. \"This is our home.\"") ==
        V{"said|Ana Ruiz|Ana Ruiz|named_person|direct|We are not leaving|named",
          "-||Ana Ruiz|named_person|direct|This is our home|named"});
  CHECK(claims_in("Head nurse Ana Ruiz said: \"We worked all night.\n\n\"Nobody slept.\"") ==
        V{"said|Ana Ruiz|Ana Ruiz|named_person|direct|We worked all night.\n\n\"Nobody slept|named"});
  // The cue closes the second paragraph: the open first one is still hers.
  CHECK(claims_in("\"We worked all night. Nobody slept.\n\n\"Now we wait,\" said head nurse Ana Ruiz.") ==
        V{"said|Ana Ruiz|Ana Ruiz|named_person|direct|We worked all night. Nobody slept.\n\n\"Now we wait|named"});
  CHECK(claims_in("\"The river,\" the farmer said, \"took everything we had.\"") ==
        V{"said|the farmer|the farmer|unnamed_person|direct|The river,\" the farmer said, \"took everything we had|anonymous"});
}

TEST_CASE("indirect speech: content after 'that', past frames and addressees; siblings split") {
  CHECK(claims_in("Port director Ivo Kranjc told reporters outside the gate on Monday that cranes were idle.") ==
        V{"told|Ivo Kranjc|Ivo Kranjc|named_person|indirect|cranes were idle|named"});
  CHECK(claims_in("The agency said cases had risen and warned that the rains could spread the disease.") ==
        V{"said|The agency|The agency|named_organization|indirect|cases had risen|named",
          "warned||The agency|named_organization|indirect|the rains could spread the disease|named"});
  CHECK(claims_in("The strike will go on, union officials said Friday.") ==
        V{"said|union officials|union officials|unnamed_group|indirect|The strike will go on|anonymous"});
}

TEST_CASE("not claims") {
  CHECK(claims_in("A spokesman declined to say how many workers were hurt.").empty());
  CHECK(claims_in("Investigators are said to have found a motorcycle.").empty());
  CHECK(claims_in("The ministry did not say when the road would reopen.").empty());
  CHECK(claims_in("The court seized the said property in March.").empty());
  CHECK(claims_in("\"They knew and said nothing,\" Omar Saleh said.") ==
        V{"said|Omar Saleh|Omar Saleh|named_person|direct|They knew and said nothing|named"});
}

TEST_CASE("anonymity verdicts: a stated reason, vague sources, hedges") {
  CHECK(flags_in("A senior official, who spoke on condition of anonymity because he was not authorized to speak "
                 "publicly, said the plan was dead.") == std::vector<std::vector<std::string>>{{}});
  CHECK(flags_in("Sources said the plan was dead.") ==
        std::vector<std::vector<std::string>>{{"no_stated_reason", "vague_source"}});
  CHECK(flags_in("The plan was reportedly dead, two officials said.") ==
        std::vector<std::vector<std::string>>{{"no_stated_reason", "hedged"}});
}

TEST_CASE("a body's common noun: the body named before it, or the one named soon after that holds the noun") {
  CHECK(claims_in("The Australian Antarctic Division led the drilling. The division said the samples were intact.") ==
        V{"said|The division|Australian Antarctic Division|named_organization|indirect|the samples were intact|named"});
  CHECK(claims_in("Ships were held at sea, the port authority said Tuesday. The Port of Rotterdam Authority said the system was back.") ==
        V{"said|the port authority|Port of Rotterdam Authority|named_organization|indirect|Ships were held at sea|named",
          "said|Port of Rotterdam Authority|Port of Rotterdam Authority|named_organization|indirect|the system was back|named"});
}

TEST_CASE("a body in a speaker's title or in a relative clause is not the speaker") {
  CHECK(claims_in("The Syrian Democratic Forces held the prison. SDF spokesman Farhad Shami said the wall fell.") ==
        V{"said|Farhad Shami|Farhad Shami|named_person|indirect|the wall fell|named"});
  CHECK(claims_in("The U.S.-led coalition, which backs the SDF, said aircraft flew over the area.") ==
        V{"said|The U.S.-led coalition|The U.S.-led coalition|named_organization|indirect|aircraft flew over the area|named"});
}

TEST_CASE("a sentence's one-word source is a body when it is an acronym or a place speaking for its government") {
  CHECK(claims_in("ZESA said the grid had failed.") ==
        V{"said|ZESA|ZESA|named_organization|indirect|the grid had failed|named"});
  CHECK(claims_in("Israel said the strike hit a depot.") ==
        V{"said|Israel|Israel|named_organization|indirect|the strike hit a depot|named"});
  CHECK(claims_in("Beijing said the patrols were routine.") ==
        V{"said|Beijing|Beijing|named_organization|indirect|the patrols were routine|named"});
  // A capitalised word the story has not made a name or a place says nothing.
  CHECK(claims_in("Tamsin said the patrols were routine.") ==
        V{"said|Tamsin|Tamsin|unknown|indirect|the patrols were routine|named"});
}

TEST_CASE("a plural in -men is a group; a single-word body named again is the speaker") {
  CHECK(claims_in("Fishermen in the port said the catch had halved.") ==
        V{"said|Fishermen|Fishermen|unnamed_group|indirect|the catch had halved|anonymous"});
  CHECK(claims_in("Regulators fined payments company Kassavirta on Monday. Kassavirta said it would appeal. "
                  "The company said its terminals were open.") ==
        V{"said|Kassavirta|Kassavirta|named_organization|indirect|it would appeal|named",
          "said|The company|Kassavirta|named_organization|indirect|its terminals were open|named"});
}

TEST_CASE("a body naming a document's author leaves the document the source; an all-caps 'WHO' is no pronoun") {
  CHECK(claims_in("A WHO spokeswoman said the agency would study it. "
                  "Tuberculosis killed 1.2 million people in 2024, according to WHO figures.") ==
        V{"said|A WHO spokeswoman|A WHO spokeswoman|unnamed_person|indirect|the agency would study it|anonymous",
          "according to|WHO figures|WHO figures|document|indirect|Tuberculosis killed 1.2 million people in 2024|named"});
}

TEST_CASE("a pronoun in a clause after ', where' is its sentence's subject, not the last speaker") {
  CHECK(claims_in("A spokeswoman for the governor, Amina Sule, said the state would not pay ransom. Governor Bala "
                  "Yakubu later visited the school, where he told parents that \"no stone will be left unturned.\"")[1] ==
        "told|he|Bala Yakubu|named_person|direct|no stone will be left unturned|named");
}

TEST_CASE("a subject after 'where' is the source") {
  CHECK(claims_in("Governor Bala Yakubu said the schools would close. Yakubu later visited the school, "
                  "where he told parents that \"no stone will be left unturned.\"") ==
        V{"said|Bala Yakubu|Bala Yakubu|named_person|indirect|the schools would close|named",
          "told|he|Bala Yakubu|named_person|direct|no stone will be left unturned|named"});
}

TEST_CASE("after a possessive the last word is the source's head") {
  CHECK(claims_in("The Colorado secretary of state's office said the breach had cost the county $1.2 million.") ==
        V{"said|The Colorado secretary of state's office|The Colorado secretary of state's office|named_organization|"
          "indirect|the breach had cost the county $1.2 million|named"});
}

TEST_CASE("indirect content, then 'said' and a name or short description") {
  CHECK(claims_in("The blaze broke out shortly after 10 a.m., when about 1,200 people were at work, said Mohammad Rafiqul "
                  "Islam, a fire service spokesman.") ==
        V{"said|Mohammad Rafiqul Islam|Mohammad Rafiqul Islam|named_person|indirect|The blaze broke out shortly after 10 "
          "a.m., when about 1,200 people were at work|named"});
  CHECK(claims_in("The company, Sierra Plata Resources, said it would appeal.") ==
        V{"said|Sierra Plata Resources|Sierra Plata Resources|named_organization|indirect|it would appeal|named"});
}

TEST_CASE("a time lead before the subject is not the source") {
  CHECK(claims_in("The minister resigned on Wednesday, a day after a newspaper reported that his office had tapped "
                  "phones.") ==
        V{"reported|a newspaper|a newspaper|named_organization|indirect|his office had tapped phones|named"});
}

TEST_CASE("a modifier in -ing before a body's name does not end the source") {
  CHECK(claims_in("Prices dropped again this month, according to the trading firm Pacific Metals Research.") ==
        V{"according to|Pacific Metals Research|Pacific Metals Research|named_organization|indirect|Prices dropped again this month|named"});
}

TEST_CASE("'the company' is the body that spoke just before, or the last of a kind the noun fits") {
  // Lumen Labs is named in between; the company that spoke last speaks again.
  const V got = claims_in(
      "The app Chatterly, which is owned by San Francisco-based Lumen Labs, said it would appeal. “We sold nothing,” "
      "the company said in a statement.");
  REQUIRE(got.size() == 2);
  CHECK(got[1] == "said|the company|Chatterly|named_organization|direct|We sold nothing|named");
  // "The union" after a body whose name lacks the noun: the last organization.
  CHECK(claims_in("Talks broke down, the Royal College of Nursing said. The union said nurses would strike.")[1] ==
        "said|The union|Royal College of Nursing|named_organization|indirect|nurses would strike|named");
  // A capitalised modifier makes a description of its own body.
  CHECK(claims_in("The Agriculture Ministry said crops failed. The U.N. food agency warned that prices would rise.")[1] ==
        "warned|The U.N. food agency|The U.N. food agency|named_organization|indirect|prices would rise|named");
}

TEST_CASE("a title joined by 'and' stays the speaker's title; 'the fine showed that' is content") {
  CHECK(claims_in("Mines and Energy Minister Rafael Costa said the government would act.") ==
        V{"said|Rafael Costa|Rafael Costa|named_person|indirect|the government would act|named"});
  CHECK(claims_in("Anneliese Gruber said the fine showed that the rules have teeth.") ==
        V{"said|Anneliese Gruber|Anneliese Gruber|named_person|indirect|the fine showed that the rules have teeth|named"});
}
