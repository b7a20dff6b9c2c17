/**
 * The published sources the guide's facts come from, cited as published (not
 * translated), on the "About this guide" screen.
 */
export const SOURCES: readonly string[] = [
  'Stanford Medicine, Newborn Nursery: Hand expression of breastmilk.',
  'University of Michigan Health: Hand expression technique.',
  'Academy of Breastfeeding Medicine: clinical protocols.',
  'CDC: Proper storage and preparation of breast milk.',
  'UNICEF UK Baby Friendly Initiative: expressing breast milk.',
  'NHS: Expressing and storing breast milk.',
  'Mohd Shukri NH, Wells JCK, Fewtrell M. The effectiveness of interventions using relaxation therapy to improve breastfeeding outcomes: a systematic review. Matern Child Nutr. 2018;14(2):e12563.',
  'Altuntaş N, Ünsal A. Which hand position in breastfeeding is better for milk intake: palmar grasp or scissor grasp? A pilot study. Breastfeed Med. 2019;14(9):662-665.',
  'Morton J, et al. Combining hand techniques with electric pumping increases milk production in mothers of preterm infants. J Perinatol. 2009;29:757-764.',
  'Flaherman VJ, et al. Randomised trial comparing hand expression with breast pumping for mothers of term newborns feeding poorly. Arch Dis Child Fetal Neonatal Ed. 2012;97:F18-F23.',
];
