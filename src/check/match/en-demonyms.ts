// Place names and the adjectives (demonyms) English derives from them: a rendering that names a place also
// counts when the target uses its adjective (美国工人 “American workers”, 中俄总理 “the Chinese and Russian
// prime ministers”, 中拉 “Sino-Latin American”). Each line: place names : adjectives and combining forms (Sino-).
// Irregular forms are the reason for a table.
const TABLE = `
United States|US|U.S.|USA|America: American
China: Chinese|Sino
Russia: Russian
Japan: Japanese
Korea|South Korea|ROK: Korean|South Korean
DPRK|North Korea: North Korean
India: Indian
Pakistan: Pakistani
Afghanistan: Afghan
Iran: Iranian
Iraq: Iraqi
Syria: Syrian
Israel: Israeli
Palestine: Palestinian
Turkey|Türkiye: Turkish
Egypt: Egyptian
Saudi Arabia: Saudi
Britain|UK|United Kingdom: British
France: French
Germany: German
Italy: Italian
Spain: Spanish
Greece: Greek
Netherlands: Dutch
Poland: Polish
Ukraine: Ukrainian
Europe: European
Africa: African
Asia: Asian
Latin America: Latin American
Arab: Arab|Arabic
Canada: Canadian
Mexico: Mexican
Brazil: Brazilian
Argentina: Argentine|Argentinian
Cuba: Cuban
Australia: Australian
New Zealand: New Zealander
Vietnam|Viet Nam: Vietnamese
Laos: Lao|Laotian
Cambodia: Cambodian
Thailand: Thai
Myanmar: Myanmar|Burmese
Malaysia: Malaysian
Indonesia: Indonesian
Philippines: Philippine|Filipino
Singapore: Singaporean
Mongolia: Mongolian
Kazakhstan: Kazakh|Kazakhstani
Nepal: Nepalese|Nepali
Sri Lanka: Sri Lankan
Bangladesh: Bangladeshi
Taiwan: Taiwanese
Tibet: Tibetan
Xinjiang: Xinjiang
Hong Kong: Hong Kong
Macao|Macau: Macanese
`;

/** Place name → its adjectives, as written (keys are made by the matcher). */
export const DEMONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  TABLE.trim()
    .split('\n')
    .flatMap((line) => {
      const [places, adjectives] = line.split(':').map((s) => s.trim().split('|'));
      return places!.map((p) => [p, adjectives!.filter((a) => a !== p)] as const);
    })
    .filter(([, adjectives]) => adjectives.length > 0),
);
