// Word lists for the demo registry. Invented combinations; contact details use reserved example
// domains and the fictional 555-01xx telephone range so no real person is ever contacted.

export const FIRST_NAMES = [
  "Aaliyah", "Abigail", "Adriana", "Aisha", "Alan", "Alejandro", "Alicia", "Allison", "Amanda", "Amber",
  "Ana", "Andrea", "Andrew", "Angela", "Anita", "Anthony", "April", "Barbara", "Beatriz", "Benjamin",
  "Beverly", "Brenda", "Brian", "Bridget", "Camille", "Carla", "Carmen", "Carol", "Catherine", "Charles",
  "Cheryl", "Christina", "Christopher", "Claire", "Colleen", "Crystal", "Cynthia", "Daniel", "Danielle", "Darnell",
  "David", "Deborah", "Denise", "Diana", "Donna", "Dorothy", "Elaine", "Elena", "Elizabeth", "Emily",
  "Erica", "Erin", "Esther", "Evelyn", "Fatima", "Frances", "Gabriela", "Gloria", "Grace", "Hannah",
  "Heather", "Helen", "Imani", "Irene", "Jacqueline", "James", "Janet", "Jasmine", "Jennifer", "Jessica",
  "Joan", "John", "Joseph", "Joyce", "Juan", "Judith", "Julie", "Karen", "Katherine", "Keisha",
  "Kelly", "Kevin", "Kimberly", "Latoya", "Laura", "Lauren", "Linda", "Lisa", "Lorraine", "Lucia",
  "Maria", "Marilyn", "Mark", "Martha", "Matthew", "Megan", "Melissa", "Michael", "Michelle", "Monica",
  "Nancy", "Natalie", "Nicole", "Olivia", "Pamela", "Patricia", "Paul", "Priya", "Rachel", "Rebecca",
  "Renee", "Robert", "Rosa", "Ruth", "Samantha", "Sandra", "Sarah", "Sharon", "Shirley", "Sonia",
  "Stephanie", "Steven", "Susan", "Tamika", "Teresa", "Thomas", "Tiffany", "Valerie", "Vanessa", "Victoria",
  "Wanda", "William", "Yolanda", "Yvonne",
] as const;

export const LAST_NAMES = [
  "Abbott", "Adams", "Aguilar", "Alexander", "Allen", "Alvarez", "Anderson", "Bailey", "Baker", "Banks",
  "Barnes", "Bell", "Bennett", "Brooks", "Brown", "Bryant", "Butler", "Campbell", "Carter", "Castillo",
  "Chang", "Chavez", "Chen", "Clark", "Coleman", "Collins", "Cook", "Cooper", "Cruz", "Daniels",
  "Davis", "Diaz", "Dixon", "Edwards", "Ellis", "Evans", "Fisher", "Flores", "Ford", "Foster",
  "Garcia", "Gibson", "Gomez", "Gonzalez", "Gordon", "Graham", "Grant", "Gray", "Green", "Griffin",
  "Hall", "Hamilton", "Harris", "Hayes", "Henderson", "Hernandez", "Hill", "Holmes", "Howard", "Hughes",
  "Jackson", "James", "Jenkins", "Johnson", "Jones", "Jordan", "Kelly", "Kennedy", "Khan", "Kim",
  "King", "Lee", "Lewis", "Lopez", "Marshall", "Martin", "Martinez", "Mason", "McCarthy", "Mendoza",
  "Meyer", "Miller", "Mitchell", "Moore", "Morales", "Morgan", "Morris", "Murphy", "Murray", "Myers",
  "Nelson", "Nguyen", "O'Brien", "Okafor", "Ortiz", "Owens", "Patel", "Patterson", "Perez", "Perry",
  "Peterson", "Phillips", "Powell", "Price", "Ramirez", "Reed", "Reyes", "Reynolds", "Richardson", "Rivera",
  "Roberts", "Robinson", "Rodriguez", "Rogers", "Ross", "Russell", "Sanchez", "Sanders", "Schmidt", "Scott",
  "Shah", "Simmons", "Singh", "Smith", "Stewart", "Sullivan", "Taylor", "Thomas", "Thompson", "Torres",
  "Tran", "Turner", "Walker", "Wallace", "Ward", "Washington", "Watson", "White", "Williams", "Wilson",
  "Wong", "Wood", "Wright", "Young",
] as const;

export const CITIES: readonly (readonly [city: string, state: string, areaCode: string])[] = [
  ["Albuquerque", "NM", "505"], ["Atlanta", "GA", "404"], ["Austin", "TX", "512"], ["Baltimore", "MD", "410"],
  ["Birmingham", "AL", "205"], ["Boise", "ID", "208"], ["Boston", "MA", "617"], ["Buffalo", "NY", "716"],
  ["Charlotte", "NC", "704"], ["Chicago", "IL", "312"], ["Cincinnati", "OH", "513"], ["Cleveland", "OH", "216"],
  ["Columbus", "OH", "614"], ["Dallas", "TX", "214"], ["Denver", "CO", "303"], ["Des Moines", "IA", "515"],
  ["Detroit", "MI", "313"], ["El Paso", "TX", "915"], ["Fresno", "CA", "559"], ["Grand Rapids", "MI", "616"],
  ["Hartford", "CT", "860"], ["Honolulu", "HI", "808"], ["Houston", "TX", "713"], ["Indianapolis", "IN", "317"],
  ["Jackson", "MS", "601"], ["Jacksonville", "FL", "904"], ["Kansas City", "MO", "816"], ["Las Vegas", "NV", "702"],
  ["Little Rock", "AR", "501"], ["Los Angeles", "CA", "213"], ["Louisville", "KY", "502"], ["Madison", "WI", "608"],
  ["Memphis", "TN", "901"], ["Miami", "FL", "305"], ["Milwaukee", "WI", "414"], ["Minneapolis", "MN", "612"],
  ["Nashville", "TN", "615"], ["New Orleans", "LA", "504"], ["New York", "NY", "212"], ["Newark", "NJ", "973"],
  ["Oklahoma City", "OK", "405"], ["Omaha", "NE", "402"], ["Orlando", "FL", "407"], ["Philadelphia", "PA", "215"],
  ["Phoenix", "AZ", "602"], ["Pittsburgh", "PA", "412"], ["Portland", "OR", "503"], ["Providence", "RI", "401"],
  ["Raleigh", "NC", "919"], ["Richmond", "VA", "804"], ["Sacramento", "CA", "916"], ["Salt Lake City", "UT", "801"],
  ["San Antonio", "TX", "210"], ["San Diego", "CA", "619"], ["San Jose", "CA", "408"], ["Seattle", "WA", "206"],
  ["Spokane", "WA", "509"], ["St. Louis", "MO", "314"], ["Tampa", "FL", "813"], ["Tucson", "AZ", "520"],
  ["Tulsa", "OK", "918"], ["Wichita", "KS", "316"], ["Wilmington", "DE", "302"], ["Worcester", "MA", "508"],
];

export const EMPLOYER_KINDS = [
  "Regional Medical Center", "Health System", "Community Hospital", "Home Health Services", "Rehabilitation Institute",
  "Behavioral Health Partners", "Workers' Compensation Services", "Health Plan", "Care Management Group",
  "Veterans Care Network", "Children's Hospital", "Hospice and Palliative Care", "Disability Management Services",
  "Senior Living Communities", "Medical Group",
] as const;

export const EMPLOYER_PREFIXES = [
  "Mercy", "St. Luke's", "Riverside", "Summit", "Lakeshore", "Valley", "Northside", "Good Samaritan", "Providence",
  "Cedar Ridge", "Harborview", "Bluebonnet", "Keystone", "Pioneer", "Unity", "Evergreen", "Liberty", "Meridian",
] as const;

export const EMAIL_DOMAINS = ["example.com", "example.org", "example.net"] as const;
