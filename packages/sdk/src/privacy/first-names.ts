/**
 * Common Dutch first names, for the name warning of the privacy guard.
 *
 * Source: the Meertens Instituut's Nederlandse Voornamenbank, its published yearly top lists of
 * the first names most given to boys and to girls born in the Netherlands (the top 100 of each).
 * Taken here: the 350 names given most often over the lists of 1935–2014 (the years of birth of
 * most residents who come to a desk), and every name in a list of 1990–2014, which adds the names
 * of Moroccan and Turkish origin those lists hold (Mohamed, Mohammed, Rayan, Aya, Adam, Elif,
 * Amira …). Names that the national top lists do not reach (Fatima, Ahmed, Mustafa, Yusuf …) are
 * not here. Left out on purpose, as they are also ordinary words in a note: Frans (the language),
 * Job, Max, Isis. 570 names, written as the Voornamenbank writes them.
 */
export const COMMON_FIRST_NAMES: ReadonlySet<string> = new Set(
  `
  Aaltje Aart Abel Abraham Adam Adriaan Adriana Adrianus Agnes Aiden Albert Albertus Aleida
  Alexander Alexandra Alida Amanda Amber Amira Amy Andreas Andries André Angela Angelique Anita
  Anja Anna Anne Anouk Antje Antoinette Antonia Antonius Arend Arie Arjan Arnoldus Ashley Astrid
  Aya Barbara Bart Bas Bastiaan Benjamin Bente Benthe Berend Berendina Bernard Bernardus Bianca Bo
  Boaz Bob Bram Brenda Brian Brigitte Britney Britt Bryan Carla Carmen Carolina Caroline Cas Casper
  Catharina Cato Celine Chantal Charlotte Cheyenne Chris Christiaan Christina Cindy Claudia
  Cornelia Cornelis Cynthia Daan Daisy Daley Damian Dani Danique Daniël Daniëlle Danny Daphne Dave
  Davey David Dean Deborah Demi Denise Dennis Derk Dewi Dex Diana Dina Dion Dirk Dirkje Dominique
  Donna Dylan Dylano Eduard Edwin Egbert Elena Elif Elin Eline Elisa Elisabeth Elise Elizabeth Ella
  Ellen Emily Emma Eric Erik Erwin Esmee Esmée Esther Eva Evelien Everdina Evert Evi Evy Fabian
  Fabiënne Fay Fedde Feline Fem Femke Fenna Fenne Ferdinand Fien Fiene Finn Fleur Floor Floortje
  Floris Francisca Franciscus Frank Frederik Geert Geertje Geertruida Gerard Gerarda Gerardus Gerda
  Gerhardus Gerrit Gerritje Gertruda Gijs Gijsbertus Giovanni Glenn Grietje Guus Guusje Gwen Hailey
  Hannah Hans Harm Helena Hendricus Hendrik Hendrika Hendrikje Hendrikus Hendrina Henrica Henricus
  Henriëtte Herman Hermanus Hermina Hidde Hubertina Hubertus Hugo Ilona Ilse Indy Inge Ingrid Irene
  Iris Isa Isabel Isabella Isabelle Jack Jacob Jacoba Jacobus Jacqueline Jade James Jamie Jan Janna
  Janneke Jannetje Jantje Jari Jarno Jasmijn Jason Jasper Jayden Jeannette Jeffrey Jelle Jelte
  Jennifer Jens Jeroen Jesper Jesse Jessica Jill Jimmy Jip Joannes Jochem Joep Joey Johan Johanna
  Johannes Jolanda Jonathan Joost Jordi Jordy Joris Jort Joseph Josephina Josephus Joshua Joyce
  Jozef Joëlle Judith Julia Julian Julie Jurre Justin Karel Karin Kaylee Keano Kelly Kevin Kiki Kim
  Kimberley Kimberly Kirsten Klaas Koen Kyan Kyra Lambertus Lana Lara Larissa Lars Laura Lauren
  Laurens Leendert Leon Leonardus Leonie Leroy Levi Liam Lianne Lieke Lina Linda Linde Lisa Lisanne
  Lise Lisette Liv Liz Lize Lizzy Loes Lola Lorenzo Lotte Louise Loïs Luc Luca Lucas Lucia Luna
  Luuk Lynn Maaike Maarten Maartje Madelief Maikel Mandy Manon Mara Marc Marcel Marco Marcus Mare
  Margaretha Maria Marianne Marie Marieke Marije Marijke Marijn Marinus Marion Mariska Marit
  Marjolein Mark Marleen Marloes Martha Martijn Martin Martina Martine Martinus Mason Mathijs Mats
  Matthijs Maud Maurice Maxime Mees Megan Meike Melanie Melissa Melvin Menno Merel Merle Michael
  Michel Michelle Michiel Mick Mika Mike Mila Milan Milou Miranda Mirjam Mirthe Mitchel Mitchell
  Mohamed Mohammed Monica Monique Morris Myrthe Nadia Nadine Nancy Naomi Natasja Nathalie Nathan
  Neeltje Nick Nicky Nicolaas Nicole Niek Niels Nienke Nikita Nikki Nina Noa Noah Noor Noortje Nora
  Norah Noud Nova Nynke Olivia Olivier Owen Pascal Patricia Patrick Paul Paulina Paulus Pepijn
  Peter Petra Petronella Petrus Pien Pieter Pieternella Pim Priscilla Puck Quinn Quinten Quinty
  Rachel Rayan Raymond Rebecca Remco Rens Renske René Rianne Ricardo Richard Rick Rik Roan Rob
  Robbert Robert Robertus Robin Roel Roelof Roland Romy Ronald Roos Rosa Rosalie Roxanne Roy Ruben
  Rudolf Rutger Ryan Saar Sabine Sam Samantha Samuel Sander Sandra Sanne Sara Sarah Saskia
  Sebastiaan Sem Senn Senna Sepp Sharon Shirley Siem Sil Silke Simon Simone Sjoerd Sofia Sofie
  Sonja Sophia Sophie Stan Stef Stefan Stefanie Stephan Stephanie Sterre Steven Stijn Suus Suzanne
  Suze Sven Sylvia Tamara Tara Tess Tessa Teun Teunis Theodora Theodorus Theresia Thijmen Thijs
  Thomas Ties Tijn Tim Timo Tobias Tom Trijntje Tristan Twan Tycho Tygo Vajèn Veerle Vera Vince
  Vincent Wendy Wesley Wessel Wilhelmina Wilhelmus Willem Willemina Willy Wout Wouter Xavi Yannick
  Yara Yfke Youri Yvonne Zoë
`
    .trim()
    .split(/\s+/),
);
