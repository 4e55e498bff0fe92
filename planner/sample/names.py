"""Common Moroccan first and last names for synthetic agents (fictional people)."""

FEMALE = (
    "Fatima", "Khadija", "Aïcha", "Meryem", "Salma", "Imane", "Sanaa", "Nadia", "Hajar",
    "Zineb", "Houda", "Samira", "Latifa", "Naima", "Soukaina", "Kawtar", "Asmae", "Loubna",
    "Hanane", "Siham", "Yasmine", "Ghizlane", "Oumaima", "Hind", "Rim", "Nora", "Wiam",
    "Ikram", "Chaimae", "Amal", "Btissam", "Fadwa", "Laila", "Malika", "Rajae", "Safae",
)
MALE = (
    "Mohamed", "Youssef", "Ahmed", "Hamza", "Omar", "Mehdi", "Karim", "Rachid", "Hicham",
    "Amine", "Ayoub", "Anas", "Said", "Mustapha", "Abdelilah", "Khalid", "Yassine", "Adil",
    "Nabil", "Soufiane", "Ismail", "Reda", "Tarik", "Zakaria", "Othmane", "Brahim", "Driss",
    "Hassan", "Jamal", "Noureddine", "Ilyas", "Badr", "Walid", "Younes", "Aziz", "Samir",
)
LAST = (
    "Alaoui", "Benali", "El Idrissi", "Bennani", "Tazi", "Berrada", "Chraibi", "El Amrani",
    "Ouazzani", "Fassi", "Lahlou", "Benjelloun", "Kettani", "Sebti", "El Mansouri",
    "Bouzidi", "Haddad", "Naciri", "Zniber", "El Khattabi", "Amrani", "Belkadi", "Cherkaoui",
    "Daoudi", "El Ouardi", "Essaidi", "Filali", "Ghazali", "Hajji", "Jabri", "Kabbaj",
    "Lamrani", "Mernissi", "Moussaoui", "Naji", "Ouali", "Rami", "Saadi", "Skalli", "Tahiri",
    "Touimi", "Ziani", "Aït Ali", "Aït Brahim", "Boukhari", "El Fassi", "Rifi", "Soussi",
)
