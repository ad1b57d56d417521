import { sharedSpecs } from '../helpers/permissionSystemSubjects'
import { permissionMatrixFile } from '../helpers/permissionSuite'
import { sharedTable } from '../helpers/permissionTable'

// Media, tags, ratings, likes and review events.
permissionMatrixFile(sharedTable, sharedSpecs)
