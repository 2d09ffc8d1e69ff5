window.speccSearchIndex = [
{"k":"operation","t":"Create a pet","d":"POST /pets createPet","u":"operations/createPet.html"},
{"k":"operation","t":"Get a pet","d":"GET /pets/{petId} getPet","u":"operations/getPet.html"},
{"k":"schema","t":"Owner","d":"","u":"schemas/Owner.html"},
{"k":"property","t":"email","d":"Owner","u":"schemas/Owner.html#schema.email"},
{"k":"schema","t":"Pet","d":"","u":"schemas/Pet.html"},
{"k":"property","t":"name","d":"Pet","u":"schemas/Pet.html#schema.name"},
{"k":"property","t":"kind","d":"Pet","u":"schemas/Pet.html#schema.kind"},
{"k":"property","t":"owner","d":"Pet","u":"schemas/Pet.html#schema.owner"},
{"k":"guide","t":"Introduction","d":"","u":"guides/intro.html"},
{"k":"heading","t":"Setup","d":"Introduction","u":"guides/intro.html#setup"},
{"k":"heading","t":"Setup","d":"Introduction","u":"guides/intro.html#setup-2"},
{"k":"guide","t":"Auth","d":"","u":"guides/auth.html"},
{"k":"heading","t":"Tokens","d":"Auth","u":"guides/auth.html#tokens"}
]
